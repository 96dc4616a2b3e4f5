import pytest

from ledger.book import (
    Current,
    Entry,
    LedgerInvalid,
    check_identity,
    dump_ledger,
    fingerprint,
    load_ledger,
    lost_urls,
    redirect_pairs,
    sequence_of,
    updated_ledger,
)

UID_A = "uid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
UID_B = "uid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"


def current(key="uid:1", url="berita/baru/", fp="f1", redirects=()):
    return Current(key, f"content/briefs/{key}.md", url, fp, tuple(redirects))


def test_ledger_round_trips_with_stable_order():
    entries = {
        UID_B: Entry(UID_B, "content/b.md", ("berita/b/",), "x", 2),
        UID_A: Entry(UID_A, "content/a.md", ("berita/a/", "berita/lama/"), "y", 0),
    }
    text = dump_ledger(entries)
    assert text.index(UID_A) < text.index(UID_B)
    assert load_ledger(text) == entries
    assert load_ledger(dump_ledger({})) == {}


def test_a_renamed_slug_loses_its_old_url():
    ledger = {"uid:1": Entry("uid:1", "content/briefs/a.md", ("berita/lama/",))}
    [lost] = lost_urls(ledger, [current(url="berita/baru/")])
    assert (lost.url, lost.still_exists) == ("berita/lama/", True)


def test_a_declared_redirect_keeps_the_old_url_alive():
    ledger = {"uid:1": Entry("uid:1", "content/briefs/a.md", ("berita/lama/",))}
    assert lost_urls(ledger, [current(redirects=["/berita/lama/"])]) == []


def test_a_deleted_file_loses_its_url():
    ledger = {"uid:9": Entry("uid:9", "content/briefs/gone.md", ("berita/gone/",))}
    [lost] = lost_urls(ledger, [current()])
    assert (lost.path, lost.still_exists) == ("content/briefs/gone.md", False)


def test_another_uid_at_a_published_url_is_a_changed_identity():
    ledger = {UID_A: Entry(UID_A, "content/briefs/a.md", ("berita/baru/",))}
    assert lost_urls(ledger, [current(UID_B, url="berita/baru/")]) == []
    [problem] = check_identity(ledger, [current(UID_B, url="berita/baru/")])
    assert problem.field == "Uid" and "pernah terbit dengan Uid aaaaaaaa-" in problem.message
    assert "kembalikan Uid: aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa" in problem.fix


def test_a_copied_file_is_reported_not_the_original():
    ledger = {UID_A: Entry(UID_A, "content/briefs/zz-original.md", ("berita/a/",))}
    original = Current(UID_A, "content/briefs/zz-original.md", "berita/a/", "f", lines={"uid": 2})
    copy = Current(UID_A, "content/briefs/aa-copy.md", "berita/b/", "f", lines={"uid": 2})
    [problem] = check_identity(ledger, [original, copy])
    assert (problem.path, problem.line, problem.field) == ("content/briefs/aa-copy.md", 2, "Uid")
    assert "sama dengan content/briefs/zz-original.md" in problem.message


def test_a_redirect_from_a_live_address_or_twice_from_one_address_is_refused():
    live = current(UID_A, url="berita/a/")
    grabber = current(UID_B, url="berita/b/", redirects=["/berita/a/"])
    [problem] = check_identity({}, [live, grabber])
    assert problem.field == "Redirect_From" and "masih dipakai" in problem.message
    twice = [
        current(UID_A, url="berita/a/", redirects=["/lama/"]),
        current(UID_B, url="berita/b/", redirects=["/lama/"]),
    ]
    [problem] = check_identity({}, twice)
    assert "sudah dialihkan" in problem.message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "kosong"),
        ("   \n", "kosong"),
        ('{"version": 1, "items": {', "bukan JSON yang utuh"),
        ("[]", "bentuknya salah"),
        ('{"version": 2, "items": {}}', "bentuknya salah"),
        ('{"version": 1, "items": {"x": {}}}', "kunci 'x' tidak dikenal"),
        ('{"version": 1, "items": {"page:a.md": {"path": "a", "urls": []}}}', "'urls'"),
        ('{"version": 1, "items": {"page:a.md": {"path": "a", "urls": ["a/"], "sequence": "1"}}}', "sequence"),
    ],
)
def test_an_untrustworthy_ledger_is_refused_with_a_reason(text, says):
    with pytest.raises(LedgerInvalid, match=says):
        load_ledger(text)


def test_sequence_grows_only_when_details_change():
    entry = Entry("uid:1", "p", ("u/",), fingerprint("a", 1), 3)
    assert sequence_of(None, "x") == 0
    assert sequence_of(entry, fingerprint("a", 1)) == 3
    assert sequence_of(entry, fingerprint("a", 2)) == 4


def test_updated_ledger_keeps_old_urls_and_records_new_ones():
    ledger = {"uid:1": Entry("uid:1", "content/briefs/1.md", ("berita/lama/",), "f0", 1)}
    result = updated_ledger(ledger, [current(redirects=["/berita/lama/"], fp="f1"), current(key="uid:2", url="b/")])
    assert result["uid:1"] == Entry("uid:1", "content/briefs/uid:1.md", ("berita/baru/", "berita/lama/"), "f1", 2)
    assert result["uid:2"].urls == ("b/",)


def test_redirect_pairs_are_normalised_without_self_redirects():
    pairs = redirect_pairs([current(redirects=["/berita/lama/", "berita/baru/"])])
    assert pairs == [("berita/lama/", "berita/baru/")]
