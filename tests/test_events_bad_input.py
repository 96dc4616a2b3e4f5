"""Every event mistake from the calendar issue stops the real build, naming file, line, field and fix.

One build (the ``pelican`` command) reads six broken events at once: the checks report every
problem in every file, so one run proves each message end to end.
"""

from __future__ import annotations

from tests.test_bad_input import GOOD_BRIEF, run_build

EVENT = """Title: {title}
Uid: {uid}
Date: 2026-05-10 09:00
Program: kesehatan
Regions: kota-bandung
Summary: Ringkasan singkat.
Start: 2026-06-01 09:00
End: 2026-06-01 12:00
{extra}
Agenda.
"""
# name -> (extra header lines, replacements, expected "line: Field: problem")
MISTAKES = {
    "selesai-dulu": (
        "Venue: Gedung Sate\n",
        {"End: 2026-06-01 12:00": "End: 2026-06-01 08:00"},
        "8: End: acara selesai sebelum mulai",
    ),
    "zona-salah": (
        "Venue: Gedung Sate\nTimezone: Asia/Bandung\n",
        {},
        "10: Timezone: zona waktu 'Asia/Bandung' tidak dikenal",
    ),
    "daring-tanpa-tautan": ("Attendance: online\n", {}, "9: Online_Url: acara daring tanpa tautan"),
    "tatap-muka-tanpa-tempat": ("Attendance: offline\n", {}, "9: Venue: acara tatap muka tanpa tempat"),
    "status-asing": ("Venue: Gedung Sate\nEvent_Status: batal\n", {}, "10: Event_Status: nilai 'batal' tidak dikenal"),
    "batas-terlambat": (
        "Venue: Gedung Sate\nRegistration_Deadline: 2026-06-02 09:00\n",
        {},
        "10: Registration_Deadline: batas daftar setelah acara mulai",
    ),
}


def broken_events() -> dict[str, str]:
    files = {}
    for number, (name, (extra, replacements, _)) in enumerate(MISTAKES.items(), start=1):
        text = EVENT.format(title=f"Acara {name}", uid=f"2222222{number}-2222-4222-8222-222222222222", extra=extra)
        for find, replace in replacements.items():
            assert find in text
            text = text.replace(find, replace)
        files[f"events/{name}.md"] = text
    return files


def test_each_event_mistake_stops_the_build_with_file_field_and_fix(tmp_path):
    result, output = run_build(tmp_path, {"briefs/a.md": GOOD_BRIEF, **broken_events()})
    messages = (result.stdout + result.stderr).splitlines()
    assert result.returncode != 0
    for name, (_, _, expected) in MISTAKES.items():
        prefix = f"content/events/{name}.md:{expected}"
        found = [line for line in messages if prefix in line]
        assert found, (prefix, messages)
        fix = found[0].split(prefix, 1)[1]
        assert fix.startswith(" — ") and len(fix) > len(" — "), found[0]  # the fix follows the problem
    assert any("Build dihentikan" in line for line in messages)
    written = list(output.rglob("*")) if output.exists() else []
    assert not [p for p in written if p.suffix in (".html", ".ics")]
