"""The editors' guide (``content/README.md``), written from the schema and the declared taxonomy (pure).

Usage: ``python -m hub_model.guide [content/README.md]`` (``make guide``). A test compares the
committed guide with what this writes, so the guide can never disagree with what the build checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hub_model.schema import (
    KINDS,
    RATING_BEST,
    RATING_WORST,
    RATINGS,
    SHARE_TEXT_MAX,
    SUMMARY_MAX,
    VERDICTS,
    Field,
    Kind,
)

INTRO = """# Panduan penulisan konten

Folder ini adalah tempat tim komunikasi menulis isi situs. Setiap berita, acara, klarifikasi cek
fakta dan halaman adalah satu berkas Markdown (`.md`): di bagian atas ada **kepala berkas**, yaitu
baris-baris `Nama: isi` (satu kolom per baris, tanpa baris kosong di antaranya), lalu **satu baris
kosong**, lalu **isi** dalam Markdown.

Build memeriksa setiap kolom. Bila ada yang salah, build berhenti dan menulis satu baris per
masalah, dengan nama berkas, nomor baris, nama kolom, masalahnya dan cara memperbaikinya:

```
content/briefs/umkm.md:4: Program: program tidak dikenal: 'kesehatn' → maksud Anda 'kesehatan'? — pakai …
```

Selama ada kesalahan, situs lama tetap tayang apa adanya; tidak ada yang setengah terbit.

## Perintah

| perintah | gunanya |
|---|---|
| `make brief TITLE="Judul"` | membuat draf berita baru dengan semua kolom, tanggal hari ini dan `Uid` baru |
| `make event TITLE="Judul"` | membuat draf acara baru |
| `make cekfakta TITLE="Judul"` | membuat draf klarifikasi hoaks baru |
| `make check` | memeriksa semua berkas tanpa membangun situs |
| `make preview` | situs pratinjau pribadi di <http://127.0.0.1:8001/> yang juga menampilkan draf dan berita embargo; dibangun ulang setiap berkas disimpan |
| `make devserver` | situs seperti aslinya di <http://127.0.0.1:8000/>, dibangun ulang setiap berkas disimpan |
| `make html` | membangun situs ke folder `output/` |
| `make cms` | formulir penulisan di <http://127.0.0.1:8000/admin/> (jalankan bersama `make devserver`) |

Draf baru selalu dimulai dengan `Status: draft`, jadi tidak tampil di mana pun sampai Anda
mengubahnya menjadi `Status: published`. Teks contoh dari kerangka (ringkasan, kalimat siap bagikan,
isi, tempat acara, pembicara) harus diganti sebelum item diterbitkan; build menolaknya.

## Folder

| folder | isinya | alamat di situs |
|---|---|---|
| `briefs/` | berita program | `/berita/<slug>/` |
| `events/` | acara: lokakarya, peluncuran, webinar | `/acara/<slug>/` |
| `cek-fakta/` | klarifikasi hoaks | `/cek-fakta/<slug>/` |
| `pages/` | halaman tetap (tentang, bergabung, kontak) | `/<slug>/` |
| `images/` | gambar untuk berita dan acara | `/images/…` |
| `ledger.json` | catatan setiap alamat yang pernah terbit, ditulis oleh `make publish` | — |

Hanya berkas `.md` (huruf kecil) yang dibaca di folder `briefs/`, `events/`, `cek-fakta/` dan `pages/`;
berkas lain di sana (`.txt`, `.docx`, `.MD` …) menghentikan build agar tidak ada yang terlewat diam-diam. Di
`images/` hanya gambar JPEG, PNG, WebP, AVIF, GIF dan berkas PDF yang diterima, diperiksa dari isinya;
SVG dan HTML tidak bisa diterbitkan. Tautan simbolik (symlink) tidak diizinkan di mana pun.

`ledger.json` jangan diubah dengan tangan dan jangan dihapus: tanpa berkas itu build tidak bisa
menjaga alamat yang pernah terbit, sehingga build berhenti. Bila terhapus, pulihkan dengan
`git checkout -- content/ledger.json`.
"""

CMS = """## Menulis lewat formulir (`/admin/`)

Tidak perlu mengetik kepala berkas sendiri: formulir di `/admin/` menulis berkas yang sama, dengan
kolom, pilihan program dan wilayah, batas panjang dan pesan kesalahan yang sama seperti di tabel di
bawah.

1. Jalankan `make devserver` di satu terminal dan `make cms` di terminal lain.
2. Buka <http://127.0.0.1:8000/admin/>, tekan **Masuk**, pilih **Berita**, **Acara**, **Cek Fakta**
   atau **Halaman**, lalu buat yang baru atau buka yang sudah ada.
3. Isi formulir. Kolom yang salah diberi pesan merah; pratinjau di sebelah kanan memakai tampilan
   situs. Gambar diunggah ke `images/`; isi juga teks alternatifnya.
4. Tekan **Simpan**, lalu **Simpan sekarang**. Item baru tersimpan sebagai **Draf**
   (`Status: draft`) dan tidak tampil di mana pun; pilih **Terbit** di kolom Status bila sudah siap.
5. Simpan perubahan ke git seperti biasa (commit). Di `/admin/` situs resmi, setiap simpanan menjadi
   permintaan tinjauan (pull request) yang harus disetujui orang kedua; setelah disetujui, tombol
   **Terbitkan** di sana menggabungkannya; item tampil pada build berikutnya bila Statusnya **Terbit**.

`Uid` dibuat otomatis saat item pertama kali disimpan dan tidak bisa diubah lewat formulir.
"""

FORMAT = """## Aturan kepala berkas

- Setiap baris kepala ditulis `Nama: isi`, dengan nama kolom persis seperti di tabel (huruf besar
  kecil bebas) dan titik dua **langsung** setelah nama (`Status: draft`, bukan `Status : draft`).
- Kolom yang boleh lebih dari satu baris (ditandai "boleh" di tabel) dilanjutkan di baris berikutnya
  yang **diawali spasi**. Kolom lain hanya satu baris.
- Kepala berakhir di baris kosong pertama. Baris yang tampak seperti kolom (`Status: draft`,
  `Date: …`) tepat setelah baris kosong ditolak, karena kemungkinan besar Anda tidak sengaja
  menyisipkan baris kosong.
- Tiap kolom hanya boleh ditulis sekali. Kolom kosong yang tidak wajib dianggap tidak ada.
- Karakter tak terlihat (karakter kontrol, U+FFFE, pembalik arah teks) ditolak; biasanya ikut
  tersalin dari aplikasi lain.
"""

LINKS = """## Tautan dan gambar di isi

- Tautan ke berita, acara atau halaman lain: `[teks]({filename}/briefs/nama-berkas.md)`. Item yang
  ditautkan harus sudah terbit (bukan draf atau embargo).
- Gambar atau PDF dari folder `images/`: `![Teks alternatif]({static}/images/briefs/foto.jpg)`.
- Semua yang ditautkan harus berada di dalam folder `content/`; tautan dengan `../` ke luar folder
  ini ditolak.
"""


def required_text(spec: Field) -> str:
    """Return the guide's "wajib" cell for a field."""
    if spec.required:
        return "ya"
    if spec.required_when:
        return spec.required_when.text
    return "tidak"


def field_rows(kind: Kind) -> list[str]:
    """Return the table of a kind's fields: name, required, several lines, what to write."""
    rows = ["| kolom | wajib | beberapa baris | isinya |", "|---|---|---|---|"]
    for spec in kind.fields:
        what = spec.help
        if spec.choices:
            what += " Pilihan: " + ", ".join(f"`{value}` ({label})" for value, label in spec.choices.items()) + "."
        if spec.example and not spec.choices:
            what += f" Contoh: `{spec.example}`."
        what = what.replace("|", "\\|")  # a table cell: a literal bar must be escaped
        rows.append(f"| `{spec.label}` | {required_text(spec)} | {'boleh' if spec.multiline else '—'} | {what} |")
    return rows


def example_file(kind: Kind) -> str:
    """Return a complete, valid example file of a kind, from the fields' examples."""
    lines = [f"{spec.label}: {spec.example}" for spec in kind.fields if spec.example and spec.label != "Redirect_From"]
    return "\n".join(lines) + "\n\nIsi dalam Markdown.\n"


def example(kind: Kind) -> str:
    """Return the example file as a Markdown code block."""
    return "```markdown\n" + example_file(kind) + "```"


def term_rows(title: str, names: dict[str, str]) -> list[str]:
    """Return a table of declared slugs and their Indonesian names."""
    return [
        f"## {title}",
        "",
        "| slug | nama |",
        "|---|---|",
        *(f"| `{slug}` | {name} |" for slug, name in names.items()),
    ]


def verdict_rows() -> list[str]:
    """Return the table of cek fakta verdicts: value, label, rating on the scale, meaning."""
    rows = [
        "## Penilaian cek fakta (`Verdict:`)",
        "",
        f"Setiap klarifikasi memberi satu penilaian. Penilaian juga punya nilai angka pada skala {RATING_WORST} "
        f"sampai {RATING_BEST} ("
        + ", ".join(f"{n} = {name.lower()}" for n, name in RATINGS.items())
        + "), yang dibaca mesin pencari dan pengumpul cek fakta (data terstruktur `ClaimReview`). Penilaian tampil "
        "di depan judul di feed dan di teks siap bagikan, misalnya `[HOAKS] …`. Penjelasan yang sama tampil di "
        "halaman `/cek-fakta/penilaian/`.",
        "",
        "| nilai `Verdict` | label | angka | artinya |",
        "|---|---|---|---|",
    ]
    rows += [
        f"| `{value}` | {verdict.label} | {verdict.rating} | {verdict.explanation} |"
        for value, verdict in VERDICTS.items()
    ]
    return rows


def render_guide(programs: dict[str, str], regions: dict[str, str]) -> str:
    """Return the whole guide for a site with these programmes and regions."""
    parts = [INTRO, CMS, FORMAT]
    for kind in KINDS.values():
        parts.append(f"## {kind.label} (`content/{kind.folder}/*.md`)\n")
        parts.append(example(kind) + "\n")
        parts.append("\n".join(field_rows(kind)) + "\n")
    parts.append(
        f"Batas panjang: judul dan ringkasan dihitung per karakter (ringkasan paling banyak {SUMMARY_MAX}, "
        f"kalimat siap bagikan paling banyak {SHARE_TEXT_MAX}).\n"
    )
    parts.append("\n".join(verdict_rows()) + "\n")
    parts.append(LINKS)
    parts.append("\n".join(term_rows("Program (`Program:`)", programs)) + "\n")
    parts.append("\n".join(term_rows("Wilayah (`Regions:`)", regions)) + "\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write the guide next to the content (``content/README.md`` by default)."""
    from pelican.settings import read_settings  # noqa: PLC0415 (only the command line needs Pelican)

    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "content/README.md")
    settings = read_settings("pelicanconf.py")
    target.write_text(render_guide(settings["HUB_PROGRAMS"], settings["HUB_REGIONS"]), encoding="utf-8")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
