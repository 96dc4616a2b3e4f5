from ledger.book import (
    Current,
    Entry,
    dump_ledger,
    fingerprint,
    load_ledger,
    lost_urls,
    redirect_pairs,
    sequence_of,
    updated_ledger,
)


def current(key="uid:1", url="berita/baru/", fp="f1", redirects=()):
    return Current(key, f"content/briefs/{key}.md", url, fp, tuple(redirects))


def test_ledger_round_trips_with_stable_order():
    entries = {
        "uid:b": Entry("uid:b", "content/b.md", ("berita/b/",), "x", 2),
        "uid:a": Entry("uid:a", "content/a.md", ("berita/a/", "berita/lama/"), "y", 0),
    }
    text = dump_ledger(entries)
    assert text.index("uid:a") < text.index("uid:b")
    assert load_ledger(text) == entries
    assert load_ledger("") == {}


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


def test_another_item_may_take_over_a_url():
    ledger = {"uid:9": Entry("uid:9", "content/briefs/gone.md", ("berita/baru/",))}
    assert lost_urls(ledger, [current(url="berita/baru/")]) == []


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
