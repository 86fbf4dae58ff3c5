"""The library API: every entry point returns the same report model."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor
from auditor.errors import ExitCode, InputError
from auditor.models import Label
from auditor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_audit_text_labels_with_evidence() -> None:
    report = auditor.audit_text("Two security sources said 300 fighters crossed the border.")
    sentence = report.sentences[0]
    assert sentence.label is Label.SOURCED
    assert sentence.attribution.source.text == "Two security sources"
    assert sentence.strength.value == "anonymous"
    assert sentence.attribution.cue.text == "said"


def test_audit_html_extracts_metadata() -> None:
    html = (ROOT / "samples" / "saved-page.html").read_text(encoding="utf-8")
    report = auditor.audit_html(html, url="https://news.example/story")
    assert report.article.title == "Brenmoor boil-water notice lifted after five days"
    assert report.article.author == "Grace Whitfield" and report.article.date == "2025-09-09"
    assert report.sentences[0].text == report.article.title  # the headline paragraph


def test_audit_file_and_audit_text_agree_on_a_text_file() -> None:
    path = ROOT / "samples" / "wire-report.txt"
    from_file = auditor.audit_file(path)
    from_text = auditor.audit_text(path.read_text(encoding="utf-8"))
    assert [s.label for s in from_file.sentences] == [s.label for s in from_text.sentences]


def test_audit_sentences_keeps_the_given_boundaries() -> None:
    sentences = [
        "“We will not retreat.",
        "Not one step,” the minister said.",
        "The war began in May.",
    ]
    report = auditor.audit_sentences(sentences)
    assert [s.text for s in report.sentences] == sentences
    assert report.sentences[0].attribution.mode == "quote"  # continues the quotation
    assert report.sentences[0].attribution.from_sentence == 1


def test_sentence_limit() -> None:
    with pytest.raises(InputError) as caught:
        auditor.audit_text("One. Two. Three. Four.", settings=Settings(max_sentences=2))
    assert caught.value.exit_code == ExitCode.TOO_LARGE


def test_the_top_level_package_imports_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, auditor; print('trafilatura' in sys.modules, 'nltk' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["False", "False"]


def test_auditing_a_saved_file_loads_neither_the_fetcher_nor_the_extractor_for_text() -> None:
    """A file with no archive sidecar needs no fetcher; a text file needs no trafilatura."""
    import subprocess
    import sys

    code = (
        "import sys, auditor; auditor.audit_file('samples/wire-report.txt');"
        "print('auditor.fetch' in sys.modules, 'trafilatura' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["False", "False"], done.stderr


SAMPLES = sorted(p.name for p in (ROOT / "samples").iterdir() if p.suffix in {".txt", ".html"})


@pytest.mark.parametrize("name", SAMPLES)
def test_labelling_makes_no_reference_cycles(name: str) -> None:
    """The engine pauses the cyclic collector while it labels: it must leave it nothing."""
    import gc

    from auditor.api import engine_for
    from auditor.ingest import ingest, read_file
    from auditor.segment import split_sentences

    ingested = ingest(read_file(ROOT / "samples" / name, Settings()), Settings())
    spans = split_sentences(ingested.article.text)
    engine = engine_for()
    gc.collect()
    gc.disable()
    try:
        report = engine.label(ingested.article, spans, ingested.info)
        assert report.sentences
        del report
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_labelling_leaves_the_collector_as_it_found_it() -> None:
    import gc

    from auditor.api import engine_for
    from auditor.models import Article, InputInfo
    from auditor.segment import SentenceSpan

    engine = engine_for()
    article = Article(text="Police said the road was closed.")
    whole = [SentenceSpan(0, len(article.text), 0)]
    engine.label(article, whole, InputInfo("text"))
    assert gc.isenabled()
    with pytest.raises(AttributeError):
        engine.label(article, [object()], InputInfo("text"))  # a bad span: fails half-way
    assert gc.isenabled()
    gc.disable()
    try:
        engine.label(article, whole, InputInfo("text"))
        assert not gc.isenabled()
    finally:
        gc.enable()
