"""A deterministic corpus of briefs and events in the hub's own format, for the build benchmark.

Usage: ``python benchmarks/corpus.py OUT --size 1000 [--seed 2026] [--format hub|hugo]``.

``--format hub`` (the default) writes ``OUT/content/`` as editors write it: ``briefs/*.md`` and
``events/*.md`` (one generated item in five is an event) with a ``Field: value`` header, the
repository's ``pages/`` and ``images/``, and an empty ``ledger.json``. The repository's own briefs
and events are part of every corpus (the bundled pages link to them): a corpus of N items holds
them and N minus that many generated ones. ``--format hugo`` writes ``OUT/`` as a Hugo site (the
config and layouts of ``benchmarks/hugo/``) with the same items and pages in YAML front matter.

Bodies are 300-800 words of Indonesian composed from the banks below (headings, lists, quotes,
a link or two, now and then a picture). Items are spread over every programme and region declared
in ``pelicanconf.py`` and over several past years; a few are embargoed (dated after ``NOW``) and a
few are drafts. The same seed and size give the same files, byte for byte, and the first N items
of a larger corpus are the items of the corpus of size N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import re
import shutil
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUGO_SITE = Path(__file__).resolve().parent / "hugo"
# The instant every build of the benchmark is pinned to (the hub's HUB_NOW, Hugo's --clock).
NOW = "2026-11-26 12:00"
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Jakarta (WIB) has no daylight saving time
DEFAULT_SEED = 2026
EVENT_SHARE = 0.2
CLARIFICATION_SHARE = 0.05  # of the items that are not events
EMBARGO_SHARE = 0.01
DRAFT_SHARE = 0.02
MIN_WORDS, MAX_WORDS = 300, 800
FIRST_DATE = dt.datetime(2021, 1, 4, tzinfo=TZ)
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# --- the text banks (placeholders: {tempat} a region's name, {angka} a number, {bulan} a month) ---

GENERAL_SENTENCES = (
    "Program ini dijalankan bersama pemerintah desa, kader, dan relawan setempat agar manfaatnya sampai "
    "ke warga yang paling membutuhkan.",
    "Seluruh layanan dalam program ini gratis dan tidak memerlukan perantara.",
    "Warga yang ingin ikut serta cukup mendaftar melalui kantor desa atau kanal resmi pemerintah.",
    "Pendampingan diberikan secara bertahap, mulai dari pendataan hingga evaluasi bersama di akhir kegiatan.",
    "Hasil kegiatan dicatat dan dilaporkan secara terbuka agar warga bisa ikut mengawasi.",
    "Tahun ini, program tersebut menjangkau sekitar {angka} warga di {tempat}.",
    "Pemerintah kabupaten dan kota ikut menyiapkan tempat, petugas, serta jadwal kegiatan.",
    "Musyawarah warga menjadi langkah pertama sebelum kegiatan dimulai.",
    "Petugas lapangan mendatangi rumah-rumah warga untuk memastikan tidak ada yang tertinggal.",
    "Kegiatan serupa direncanakan berlanjut hingga akhir tahun dengan jangkauan yang lebih luas.",
    "Informasi jadwal diumumkan lewat pengeras suara masjid, grup percakapan warga, dan papan pengumuman desa.",
    "Bagi warga yang belum terjangkau, petugas membuka layanan susulan pada bulan {bulan}.",
    "Kreator konten setempat membantu menyebarkan informasi dengan bahasa yang mudah dipahami.",
    "Warga diimbau hanya mempercayai informasi dari kanal resmi dan berhati-hati terhadap pesan berantai.",
    "Tidak ada pungutan biaya dalam bentuk apa pun; laporkan bila ada pihak yang meminta imbalan.",
    "Evaluasi bersama menunjukkan sebagian besar peserta merasa terbantu dan ingin kegiatan ini diteruskan.",
    "Anggaran kegiatan berasal dari APBD provinsi dan dana desa, dengan laporan penggunaan yang bisa dilihat warga.",
    "Perangkat desa mencatat setiap keluhan dan usulan warga untuk perbaikan kegiatan berikutnya.",
    "Para pendamping telah mengikuti pelatihan sebelum terjun ke lapangan.",
    "Kerja sama dengan perguruan tinggi membantu menyusun data dan mengukur dampak program.",
    "Di beberapa kecamatan, kegiatan digelar pada akhir pekan agar warga yang bekerja tetap bisa hadir.",
    "Bagi warga penyandang disabilitas, petugas menyediakan pendampingan khusus dan akses yang lebih mudah.",
    "Sejak dimulai, jumlah peserta terus bertambah dari bulan ke bulan.",
    "Pemerintah provinsi menargetkan program ini hadir di seluruh kabupaten dan kota di Jawa Barat.",
    "Cerita keberhasilan warga dikumpulkan dan dibagikan agar bisa menginspirasi daerah lain.",
    "Setiap kegiatan ditutup dengan sesi tanya jawab agar warga bisa menyampaikan pertanyaan secara langsung.",
    "Warga juga bisa menyampaikan pertanyaan melalui layanan pengaduan resmi milik pemerintah provinsi.",
    "Kegiatan ini melengkapi program serupa yang sudah berjalan di tingkat kecamatan.",
    "Dengan cara ini, warga tidak hanya menjadi penerima manfaat, tetapi juga ikut mengelola program.",
    "Ke depan, pemerintah akan memperluas kerja sama dengan komunitas dan dunia usaha.",
    "Sebanyak {angka} peserta tercatat mengikuti kegiatan ini sejak bulan {bulan}.",
    "Petugas memeriksa ulang data peserta agar bantuan dan layanan tepat sasaran.",
    "Para tokoh masyarakat ikut mengajak warga yang masih ragu untuk datang.",
    "Bagi desa yang jauh dari pusat kecamatan, petugas datang dengan kendaraan keliling.",
)
GENERAL_HEADINGS = (
    "Bagaimana cara ikut serta?",
    "Apa kata warga",
    "Langkah berikutnya",
    "Syarat dan jadwal",
    "Dampak bagi warga",
    "Diawasi bersama",
    "Pendampingan di lapangan",
    "Bantu sebarkan kabar baik",
)
GENERAL_LIST_ITEMS = (
    "datang ke kantor desa dengan membawa KTP dan kartu keluarga",
    "mengikuti sosialisasi yang dijadwalkan oleh perangkat desa",
    "bertanya langsung kepada pendamping program di kecamatan",
    "memeriksa pengumuman resmi sebelum membagikan informasi",
    "melaporkan pungutan liar melalui layanan pengaduan resmi",
    "mengajak tetangga yang belum mendapat informasi",
)
CLOSINGS = (
    "Bantu sebarkan kabar ini kepada keluarga dan tetangga yang membutuhkan.",
    "Kreator konten dapat membagikan ulang berita ini dengan mencantumkan sumbernya.",
    "Ada pertanyaan? Hubungi kantor desa atau kanal resmi pemerintah di daerah Anda.",
    "Pastikan setiap informasi sudah diperiksa kebenarannya sebelum dibagikan.",
)
PAGE_LINKS = (
    "Kenali lebih jauh kampanye ini di halaman [Tentang Kampanye]({{filename}}/pages/tentang.md).",
    "Kreator yang ingin ikut menyebarkan kabar baik dapat membaca panduan "
    "[Bergabung sebagai Kreator]({{filename}}/pages/bergabung.md).",
    "Pertanyaan dari media dan warga dapat dikirim melalui halaman [Kontak]({{filename}}/pages/kontak.md).",
)
EXTERNAL_LINKS = (
    "Informasi lengkap tersedia di [laman resmi program](https://data.example.org/program/{program}).",
    "Jadwal dan syarat lengkapnya dapat dilihat di [kanal resmi pemerintah](https://jabar.example.org/{program}).",
    "Data capaian program bisa diunduh dari [portal data terbuka](https://opendata.example.org/{program}).",
)
QUOTE_ROLES = (
    "kata Kepala Desa",
    "ujar seorang warga",
    "kata pendamping program",
    "ujar Kepala Dinas",
    "kata salah satu peserta",
)


@dataclass(frozen=True)
class Bank:
    """What one programme's items are made of."""

    titles: tuple[str, ...]
    summaries: tuple[str, ...]
    sentences: tuple[str, ...]
    headings: tuple[str, ...]
    list_items: tuple[str, ...]
    quotes: tuple[str, ...]
    tags: tuple[str, ...]
    hashtags: tuple[str, ...]
    event_topics: tuple[str, ...]


BANKS: dict[str, Bank] = {
    "pemulihan-ekonomi": Bank(
        titles=(
            "Ribuan UMKM {tempat} Naik Kelas Lewat Pelatihan Pemasaran Daring",
            "Koperasi Perempuan di {tempat} Olah Hasil Bumi Jadi Produk Bernilai",
            "Pasar Tani Daring Pertemukan Petani {tempat} dengan Pembeli Kota",
            "Pelaku Usaha Rumahan di {tempat} Dapat Pendampingan Izin Usaha Gratis",
            "Kredit Usaha Tanpa Agunan Bantu Pedagang Pasar {tempat} Bangkit",
            "Sentra Kerajinan {tempat} Kembali Ramai Pesanan",
        ),
        summaries=(
            "Pelaku UMKM di {tempat} mengikuti pelatihan dan pendampingan gratis, dari memotret produk hingga "
            "mengelola toko daring, agar usaha mereka tumbuh dan menyerap tenaga kerja.",
            "Koperasi dan kelompok usaha warga di {tempat} mendapat modal kerja dan pendampingan, sehingga "
            "produk lokal bisa dijual sepanjang tahun dengan harga yang lebih baik.",
            "Petani dan pedagang kecil di {tempat} kini menjual langsung ke pembeli, memotong rantai pasok "
            "yang panjang dan menaikkan pendapatan keluarga.",
        ),
        sentences=(
            "Pelatihan digelar di balai desa dan aula kecamatan agar peserta tidak perlu pergi jauh.",
            "Setiap kelompok didampingi mentor yang sudah berpengalaman berjualan secara daring.",
            "Peserta belajar memotret produk dengan ponsel dan cahaya alami.",
            "Koperasi membeli hasil panen anggota dengan harga yang disepakati bersama.",
            "Omzet sebagian peserta naik hingga dua kali lipat setelah enam bulan pendampingan.",
            "Pendamping membantu pelaku usaha mengurus nomor induk berusaha dan sertifikat halal tanpa biaya.",
            "Produk olahan warga kini dipajang di gerai oleh-oleh dan lokapasar.",
            "Pedagang pasar tradisional mulai menerima pembayaran nontunai untuk memudahkan pembeli.",
            "Kemasan produk diperbaiki agar lebih awet dan menarik bagi pembeli dari luar daerah.",
            "Sebagian keuntungan koperasi disisihkan untuk dana cadangan dan pelatihan anggota baru.",
            "Pelaku usaha muda dilibatkan sebagai pengelola toko daring dan media sosial kelompok.",
            "Dinas koperasi mencatat sekitar {angka} pelaku usaha di {tempat} telah ikut program ini.",
        ),
        headings=(
            "Dari etalase rumah ke lokapasar",
            "Modal kerja tanpa jeratan",
            "Rantai pasok yang lebih pendek",
            "Peran pelaku usaha muda",
            "Kemasan dan izin usaha",
            "Dukung produk lokal",
        ),
        list_items=(
            "memotret produk dengan ponsel dan cahaya alami",
            "menulis deskripsi produk yang jujur dan menarik",
            "membuka dan merawat toko di lokapasar",
            "mengemas dan mengirim pesanan dengan rapi",
            "mencatat pemasukan dan pengeluaran usaha setiap hari",
            "mengurus izin usaha dan sertifikat halal",
        ),
        quotes=(
            "Dulu saya hanya menjual ke tetangga. Sekarang pesanan datang dari kota lain setiap minggu.",
            "Koperasi membuat kami tidak lagi bergantung pada tengkulak.",
            "Yang paling berharga adalah pendampingannya, bukan hanya modalnya.",
        ),
        tags=("UMKM", "koperasi", "pemasaran digital", "petani", "pasar", "modal usaha"),
        hashtags=("#JabarBangkit", "#UMKMNaikKelas", "#BanggaProdukLokal"),
        event_topics=("UMKM Naik Kelas", "Jualan Daring untuk Koperasi", "Kemasan Produk Lokal"),
    ),
    "kesehatan": Bank(
        titles=(
            "Posyandu Digital Bantu Kader {tempat} Pantau Tumbuh Kembang Balita",
            "Imunisasi Kejar Jangkau Anak-Anak di Kampung Terpencil {tempat}",
            "Puskesmas di {tempat} Buka Ruang Konseling Ramah Remaja",
            "Pemeriksaan Kesehatan Gratis bagi Warga Lansia Digelar di {tempat}",
            "Gerakan Cuci Tangan Pakai Sabun Digelar di Sekolah-Sekolah {tempat}",
            "Kader Kesehatan {tempat} Dampingi Ibu Hamil Cegah Stunting",
        ),
        summaries=(
            "Kader posyandu dan petugas puskesmas di {tempat} mendatangi warga untuk memeriksa kesehatan "
            "balita, ibu hamil, dan lansia, sehingga masalah kesehatan bisa ditangani lebih cepat.",
            "Layanan kesehatan gratis di {tempat} kini menjangkau kampung-kampung yang jauh dari puskesmas, "
            "dibantu kader, tokoh agama, dan kreator konten setempat.",
            "Puskesmas di {tempat} memperluas layanan pencegahan, dari imunisasi hingga konseling gizi, "
            "agar setiap keluarga mendapat layanan yang sama baiknya.",
        ),
        sentences=(
            "Kader posyandu menimbang dan mengukur balita setiap bulan.",
            "Orang tua diminta membawa buku Kesehatan Ibu dan Anak (KIA) saat datang ke posyandu.",
            "Bidan desa dan petugas gizi menerima pemberitahuan bila grafik pertumbuhan anak menunjukkan tanda bahaya.",
            "Imunisasi yang terlambat tetap bisa dilengkapi sesuai jadwal yang dihitung petugas.",
            "Puskesmas menyediakan ruang konseling yang menjaga kerahasiaan setiap cerita.",
            "Warga lansia mendapat pemeriksaan tekanan darah, gula darah, dan kolesterol tanpa biaya.",
            "Petugas menjelaskan pentingnya makanan bergizi seimbang dengan bahan yang mudah didapat di desa.",
            "Ibu hamil dianjurkan memeriksakan kandungan paling sedikit enam kali selama kehamilan.",
            "Air bersih dan kebiasaan mencuci tangan menjadi kunci mencegah diare pada anak.",
            "Angka balita berisiko stunting di {tempat} turun dalam dua tahun terakhir.",
            "Tokoh agama ikut meluruskan kabar keliru tentang imunisasi di pengajian dan khutbah.",
            "Kader mendapat pelatihan menjaga kerahasiaan data anak dan keluarga.",
        ),
        headings=(
            "Datang ke tempat warga",
            "Data yang cepat, penanganan yang tepat",
            "Melawan keraguan dengan informasi",
            "Peran kader posyandu",
            "Layanan tanpa biaya",
            "Cek jadwal posyandu terdekat",
        ),
        list_items=(
            "membawa buku KIA setiap kali datang ke posyandu",
            "memberikan ASI eksklusif selama enam bulan pertama",
            "mencuci tangan dengan sabun sebelum makan",
            "memeriksakan kandungan secara teratur ke bidan",
            "melengkapi imunisasi anak sesuai jadwal",
            "memeriksa tekanan darah secara rutin bagi lansia",
        ),
        quotes=(
            "Imunisasi yang terlambat tetap bisa dilengkapi. Yang penting orang tua datang.",
            "Sekarang, hari itu juga kami tahu anak mana yang perlu dikunjungi.",
            "Warga lebih percaya ketika yang menjelaskan adalah tetangganya sendiri.",
        ),
        tags=("posyandu", "stunting", "imunisasi", "puskesmas", "lansia", "kesehatan jiwa"),
        hashtags=("#JabarSehat", "#CegahStunting", "#AyoImunisasi"),
        event_topics=("Cegah Stunting", "Kesehatan Jiwa Remaja", "Imunisasi Anak"),
    ),
    "pendidikan": Bank(
        titles=(
            "Beasiswa untuk Mahasiswa dari Desa Dibuka di {tempat}",
            "Perpustakaan Keliling Sambangi Sekolah dan Kampung di {tempat}",
            "Guru Honorer {tempat} Ikuti Pelatihan Mengajar Berbasis Proyek",
            "Sekolah Terbuka Beri Kesempatan Kedua bagi Anak Putus Sekolah di {tempat}",
            "Kelas Membaca Bersama Tingkatkan Minat Baca Anak {tempat}",
            "Laboratorium Komputer Baru Hadir di Sekolah Pinggiran {tempat}",
        ),
        summaries=(
            "Anak-anak dan mahasiswa dari keluarga prasejahtera di {tempat} mendapat beasiswa dan "
            "pendampingan belajar, tanpa biaya pendaftaran dan tanpa perantara.",
            "Sekolah dan perpustakaan di {tempat} membuka kegiatan membaca dan belajar bersama agar anak "
            "yang tinggal jauh dari kota mendapat kesempatan yang sama.",
            "Guru di {tempat} mengikuti pelatihan cara mengajar yang lebih menyenangkan, dari proyek kelas "
            "hingga pemanfaatan teknologi sederhana.",
        ),
        sentences=(
            "Pendaftaran beasiswa dilakukan hanya melalui kanal resmi dan tidak dipungut biaya.",
            "Pendaftar perlu melampirkan surat keterangan dari desa dan bukti diterima di perguruan tinggi.",
            "Mobil perpustakaan keliling datang setiap dua minggu dengan koleksi buku yang berganti.",
            "Anak-anak boleh meminjam buku untuk dibawa pulang sampai kunjungan berikutnya.",
            "Guru belajar menyusun proyek kelas yang mengajak murid memecahkan masalah di lingkungannya.",
            "Sekolah terbuka memberi jadwal belajar yang lentur bagi anak yang harus membantu orang tua bekerja.",
            "Relawan mahasiswa membantu kegiatan mendongeng dan menulis cerita pendek.",
            "Penerima beasiswa bersedia mengikuti kegiatan pengabdian di desa asalnya.",
            "Koleksi buku dipilih sesuai usia, dari buku bergambar hingga buku pengetahuan populer.",
            "Tahun ini, sekitar {angka} pelajar di {tempat} terdaftar dalam program pendampingan belajar.",
            "Orang tua diajak ikut membaca bersama anak setidaknya lima belas menit setiap hari.",
            "Sekolah yang baru menerima perangkat komputer juga mendapat pelatihan perawatan bagi gurunya.",
        ),
        headings=(
            "Siapa yang bisa mendaftar?",
            "Lebih dari sekadar meminjam buku",
            "Belajar dari lingkungan sendiri",
            "Kesempatan kedua",
            "Waspada pungutan liar",
            "Ikut menyumbang buku",
        ),
        list_items=(
            "berdomisili di wilayah Jawa Barat",
            "berasal dari keluarga prasejahtera yang dibuktikan dengan surat keterangan desa",
            "terdaftar sebagai pelajar atau mahasiswa aktif",
            "mengisi formulir hanya di kanal resmi",
            "menyumbangkan buku layak baca ke perpustakaan desa",
            "mengikuti kegiatan membaca bersama setiap akhir pekan",
        ),
        quotes=(
            "Anak-anak sudah menunggu di tepi jalan sebelum mobil datang.",
            "Beasiswa ini membuat saya menjadi sarjana pertama di keluarga.",
            "Murid lebih bersemangat ketika pelajaran dekat dengan kehidupan mereka.",
        ),
        tags=("beasiswa", "literasi", "perpustakaan", "guru", "anak", "sekolah"),
        hashtags=("#JabarMembaca", "#BeasiswaJabar", "#JabarJuara"),
        event_topics=("Mengajar Berbasis Proyek", "Gerakan Membaca", "Beasiswa Anak Desa"),
    ),
    "desa-membangun": Bank(
        titles=(
            "Air Bersih Kini Mengalir ke Rumah Warga di Desa-Desa {tempat}",
            "BUMDes di {tempat} Tumbuh Lewat Usaha yang Dekat dengan Kebutuhan Warga",
            "Desa Wisata di {tempat} Hidupkan Ekonomi Warga",
            "Jalan Desa di {tempat} Dibangun dengan Gotong Royong Warga",
            "Bank Sampah Desa di {tempat} Ubah Sampah Jadi Tabungan",
            "Penerangan Jalan Tenaga Surya Terangi Kampung-Kampung {tempat}",
        ),
        summaries=(
            "Desa-desa di {tempat} membangun jaringan air bersih, jalan, dan penerangan bersama warga, "
            "dengan pengelolaan yang dibahas dan diawasi dalam musyawarah desa.",
            "Badan usaha milik desa di {tempat} berkembang dengan usaha sederhana yang dibutuhkan warga, "
            "dari bank sampah hingga desa wisata.",
            "Gotong royong warga dan dukungan pemerintah membuat desa di {tempat} punya sarana yang "
            "lebih baik tanpa harus menunggu lama.",
        ),
        sentences=(
            "Pemerintah menyediakan bahan dan pendampingan teknis, sedangkan warga bergotong royong membangun.",
            "Setiap rumah tangga membayar iuran bulanan yang ditetapkan dalam musyawarah desa.",
            "Iuran dipakai untuk perawatan jaringan dan honor petugas yang memeriksanya.",
            "BUMDes memulai usaha dengan memetakan kebutuhan warga sehari-hari.",
            "Keuntungan usaha dibagi untuk kas desa, pengembangan usaha, dan kegiatan sosial.",
            "Pemuda desa menjadi pemandu wisata dan pengelola penginapan milik warga.",
            "Bank sampah menampung plastik dan kertas dari rumah tangga, lalu menjualnya ke pengepul.",
            "Jalan desa yang baru memperpendek waktu tempuh ke pasar dan sekolah.",
            "Lampu jalan tenaga surya membuat warga lebih aman saat pulang malam.",
            "Laporan keuangan BUMDes dibacakan setiap tahun di depan warga.",
            "Sebanyak {angka} kepala keluarga di {tempat} kini menikmati sarana baru ini.",
            "Pendamping desa membantu menyusun rencana pembangunan yang sesuai dengan kebutuhan warga.",
        ),
        headings=(
            "Gotong royong dari hulu ke hilir",
            "Usaha kecil yang dibutuhkan banyak orang",
            "Dikelola warga, untuk warga",
            "Laporan yang terbuka",
            "Dampak bagi kesehatan dan ekonomi",
            "Berkunjung ke desa",
        ),
        list_items=(
            "bank sampah yang menampung plastik dan kertas dari rumah tangga",
            "penggilingan padi dengan tarif terjangkau bagi petani kecil",
            "loket pembayaran tagihan listrik dan air",
            "penyewaan tenda dan kursi untuk hajatan warga",
            "penginapan di rumah warga bagi wisatawan",
            "paket wisata kebun dan kuliner khas desa",
        ),
        quotes=(
            "Anak-anak sekarang bisa berangkat sekolah tepat waktu karena tidak perlu mengambil air dulu.",
            "Kami membangun sendiri, jadi kami juga yang merawatnya.",
            "Pemuda desa tidak perlu merantau untuk mendapat pekerjaan.",
        ),
        tags=("BUMDes", "air bersih", "desa wisata", "infrastruktur desa", "gotong royong", "pengelolaan sampah"),
        hashtags=("#DesaMembangun", "#BUMDesMaju", "#WisataJabar"),
        event_topics=("Desa Wisata", "Pengelolaan BUMDes", "Air Bersih Desa"),
    ),
    "literasi-digital": Bank(
        titles=(
            "Cek Fakta: Pesan Berantai tentang Bantuan di {tempat} Adalah Hoaks",
            "Kelas Literasi Digital Ajak Warga Lansia {tempat} Kenali Penipuan Daring",
            "Kreator Muda {tempat} Belajar Membuat Konten yang Jujur dan Aman",
            "Relawan Cek Fakta {tempat} Luruskan Kabar Keliru di Grup Percakapan",
            "Pelajar {tempat} Belajar Menjaga Data Pribadi di Media Sosial",
            "Warga {tempat} Diajak Waspadai Tautan Palsu Berkedok Hadiah",
        ),
        summaries=(
            "Warga {tempat} belajar mengenali hoaks dan penipuan daring, dari pesan berantai hingga tautan "
            "palsu yang meminta data pribadi, bersama relawan dan kreator konten.",
            "Kabar yang beredar di grup percakapan warga {tempat} ternyata keliru. Begini cara kampanye ini "
            "memeriksanya dan meluruskan kabar tersebut.",
            "Kreator konten dan pelajar di {tempat} berlatih membuat konten yang menarik tanpa mengorbankan "
            "kebenaran dan privasi orang lain.",
        ),
        sentences=(
            "Pesan berantai yang meminta warga mengisi NIK dan foto KTP lewat tautan adalah modus penipuan.",
            "Tim cek fakta menanyakan langsung kepada dinas terkait dan mencocokkannya dengan pengumuman resmi.",
            "Alamat situs dalam pesan itu bukan domain pemerintah dan baru dibuat beberapa hari sebelumnya.",
            "Peserta belajar mengatur kunci layar dan verifikasi dua langkah pada aplikasi percakapan.",
            "Jangan pernah memberikan kode OTP kepada siapa pun, termasuk yang mengaku petugas.",
            "Kreator konten berlatih mengonfirmasi angka dan nama program kepada narasumber resmi.",
            "Relawan muda mendampingi warga lansia, sering kali cucunya sendiri.",
            "Kartu klarifikasi dibagikan ke grup percakapan warga dan akun media sosial mitra.",
            "Peserta diajak meminta izin sebelum merekam orang lain, terutama anak-anak.",
            "Sejak awal tahun, tim menerima sekitar {angka} laporan kabar meragukan dari warga {tempat}.",
            "Pesan yang mendesak dan meminta transfer uang patut dicurigai.",
            "Menyebutkan sumber informasi di keterangan unggahan membantu warga memeriksa kebenarannya.",
        ),
        headings=(
            "Bagaimana kami memeriksanya",
            "Belajar pelan-pelan, bersama cucu",
            "Bercerita dengan jujur",
            "Ciri-ciri pesan penipuan",
            "Cek dulu, baru bagikan",
            "Laporkan kabar meragukan",
        ),
        list_items=(
            "mengenali pesan yang mendesak dan meminta transfer atau kode OTP",
            "menelepon balik keluarga melalui nomor yang sudah dikenal",
            "tidak membuka berkas kiriman dari nomor tak dikenal",
            "memeriksa alamat situs sebelum mengisi data pribadi",
            "menyebutkan sumber informasi di setiap unggahan",
            "melaporkan kabar meragukan ke kanal cek fakta resmi",
        ),
        quotes=(
            "Cek dulu, baru bagikan. Satu pesan keliru bisa merugikan banyak orang.",
            "Sekarang saya tahu kode OTP itu tidak boleh diberikan kepada siapa pun.",
            "Konten yang jujur tetap bisa menarik dan disukai penonton.",
        ),
        tags=("cek fakta", "hoaks", "keamanan digital", "kreator konten", "penipuan daring", "data pribadi"),
        hashtags=("#LawanHoaks", "#CekFakta", "#LiterasiDigital"),
        event_topics=("Cek Fakta Sebelum Unggah", "Keamanan Digital Keluarga", "Konten Kreator yang Jujur"),
    ),
}
# A programme declared in pelicanconf.py without its own bank writes from this one.
FALLBACK_BANK = Bank(
    titles=("Program Pemerintah Provinsi Hadir untuk Warga {tempat}", "Warga {tempat} Rasakan Manfaat Program Baru"),
    summaries=("Program pemerintah provinsi di {tempat} dijalankan bersama warga, gratis dan tanpa perantara.",),
    sentences=GENERAL_SENTENCES[:12],
    headings=GENERAL_HEADINGS,
    list_items=GENERAL_LIST_ITEMS,
    quotes=("Program ini benar-benar membantu kami.",),
    tags=("program publik", "pelayanan publik"),
    hashtags=("#JabarJuara",),
    event_topics=("Program Publik",),
)
GENERAL_TAGS = ("kreator konten", "pelatihan", "gotong royong", "pelayanan publik")
EVENT_TITLES = (
    "Lokakarya {topik} bagi Kreator Konten {tempat}",
    "Webinar {topik}: Tanya Jawab bersama Narasumber",
    "Temu Warga dan Kreator: {topik} di {tempat}",
    "Kelas {topik} untuk Warga {tempat}",
    "Bincang Kreator: Cerita {topik} dari {tempat}",
)
EVENT_SENTENCES = (
    "Acara ini terbuka untuk umum dan tidak dipungut biaya.",
    "Peserta yang hadir akan mendapat materi dan sertifikat keikutsertaan.",
    "Kursi terbatas, jadi daftarkan diri Anda lebih awal.",
    "Siaran ulang acara akan tersedia di kanal resmi setelah acara selesai.",
    "Narasumber akan berbagi pengalaman dan menjawab pertanyaan peserta secara langsung.",
    "Kreator konten yang hadir diajak membuat konten bersama di akhir acara.",
)
VENUES = ("Aula Kantor Kecamatan", "Gedung Serbaguna", "Balai Desa", "Pendopo Kabupaten", "Aula Dinas Komunikasi")
STREETS = ("Merdeka", "Siliwangi", "Pahlawan", "Ahmad Yani", "Diponegoro", "Sudirman", "Veteran", "Otto Iskandardinata")
SPEAKERS = (
    "Kepala Dinas Komunikasi dan Informatika Provinsi Jawa Barat | Sambutan",
    "Kreator konten setempat | Narasumber",
    "Pendamping program dari dinas terkait | Narasumber",
    "Akademisi perguruan tinggi di Jawa Barat | Narasumber",
    "Jurnalis media lokal | Moderator",
    "Kader teladan | Berbagi pengalaman",
)
ORGANISERS = (
    "Dinas Komunikasi dan Informatika Provinsi Jawa Barat",
    "Pemerintah Provinsi Jawa Barat",
)
EVENT_STATUSES = ("scheduled",) * 16 + ("postponed", "rescheduled", "cancelled")
# Hoax clarifications: the claims as they circulate, the verdicts (weighted as desks see them),
# where they circulate, and the official sources that answer them.
CLAIMS = (
    "PENDAFTARAN BANTUAN {topik} DIBUKA! Klik tautan ini dan isi NIK serta nomor rekening Anda sebelum kuota habis.",
    "Mulai {bulan}, warga {tempat} wajib membayar biaya administrasi untuk layanan {topik}. Sebarkan ke grup keluarga!",
    "Program {topik} di {tempat} resmi dihentikan dan dananya dialihkan. Info dari orang dalam dinas.",
    "Video ini membuktikan {angka} warga {tempat} ditolak saat mengurus {topik}. Pemerintah diam saja.",
    "Lowongan petugas {topik} {tempat}, gaji Rp7 juta, transfer biaya seragam dulu ke nomor panitia.",
)
CLARIFICATION_TITLES = (
    "Hoaks: Tautan Pendaftaran Bantuan {topik} yang Meminta NIK",
    "Tidak Benar Layanan {topik} di {tempat} Dipungut Biaya",
    "Klarifikasi Kabar Penghentian Program {topik} di {tempat}",
    "Video Lama Disebarkan Ulang sebagai Penolakan Layanan {topik}",
    "Waspada Lowongan Palsu Petugas {topik} di {tempat}",
)
VERDICTS = ("hoaks",) * 5 + ("disinformasi",) * 3 + ("menyesatkan",) * 2 + ("misinformasi", "benar-sebagian", "benar")
PLATFORMS = ("whatsapp", "facebook", "instagram", "tiktok", "x", "youtube", "telegram", "situs-web")
EVIDENCE = (
    "Portal resmi Pemerintah Provinsi Jawa Barat | https://jabarprov.go.id/",
    "Aduan konten Kementerian Komunikasi dan Digital | https://aduankonten.id/",
    "Layanan informasi publik Diskominfo Jawa Barat | https://diskominfo.jabarprov.go.id/",
    "Jabar Saber Hoaks | https://saberhoaks.jabarprov.go.id/",
)


# --- the items ---


FOLDERS = {"brief": "briefs", "event": "events", "clarification": "cek-fakta"}
HUGO_SECTIONS = {"brief": "berita", "event": "acara", "clarification": "cek-fakta"}


@dataclass
class Item:
    """One brief or event: its header fields in order, and its Markdown body."""

    kind: str  # "brief", "event" or "clarification"
    slug: str
    date: dt.datetime
    status: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    body: str = ""
    stem: str = ""  # the file's name without .md, when it is not the slug (bundled items)

    @property
    def folder(self) -> str:
        """Return the content folder the item lives in."""
        return FOLDERS[self.kind]

    @property
    def path(self) -> str:
        """Return the item's path inside the content folder."""
        return f"{self.folder}/{self.stem or self.slug}.md"

    @property
    def listed(self) -> bool:
        """Tell whether the hub lists the item at ``NOW`` (published, not embargoed)."""
        return self.status == "published" and self.date <= now()

    def get(self, name: str) -> str:
        """Return the value of a header field, or an empty string."""
        return next((value for key, value in self.fields if key == name), "")


def now() -> dt.datetime:
    """Return the benchmark's pinned instant."""
    return dt.datetime.fromisoformat(NOW).replace(tzinfo=TZ)


def load_settings():
    """Import the hub's settings module (the one place programmes and regions are declared)."""
    spec = importlib.util.spec_from_file_location("_hub_pelicanconf", ROOT / "pelicanconf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def slugify(text: str) -> str:
    """Return a lowercase-with-hyphens slug (the validation plugin's pattern)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def words(text: str) -> int:
    """Count the words of a Markdown body (link targets and markup left out)."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return len(re.findall(r"[0-9A-Za-z]+(?:[-'][0-9A-Za-z]+)*", text))


def fmt_when(moment: dt.datetime, all_day: bool = False) -> str:
    """Format a date the way editors write it."""
    return moment.strftime("%Y-%m-%d" if all_day else "%Y-%m-%d %H:%M")


def bundled_pictures() -> dict[str, list[tuple[str, str]]]:
    """Return ``folder -> [(image path, alt text)]`` from the bundled items' ``Image``/``Image_Alt``."""
    found: dict[str, dict[str, str]] = {"briefs": {}, "events": {}}
    for folder, pictures in found.items():
        for source in sorted((ROOT / "content" / folder).glob("*.md")):
            header = source.read_text(encoding="utf-8").split("\n\n", 1)[0]
            meta = dict(re.findall(r"^(Image|Image_Alt): (.*)$", header, flags=re.M))
            if meta.get("Image") and meta.get("Image_Alt"):
                pictures[meta["Image"]] = meta["Image_Alt"]
        for image in sorted((ROOT / "content" / "images" / folder).glob("*.jpg")):
            path = f"images/{folder}/{image.name}"
            pictures.setdefault(path, "Ilustrasi berwarna untuk kabar program Silih Tulungan Jabar")
    return {folder: sorted(pictures.items()) for folder, pictures in found.items()}


class Composer:
    """Draws items from the banks with one seeded random generator."""

    def __init__(self, seed: int):
        """Load the declared programmes and regions and seed the generator."""
        settings = load_settings()
        self.programs = list(settings.HUB_PROGRAMS)
        self.regions = list(settings.HUB_REGIONS)
        self.region_names = {slug: name.removeprefix("Seluruh ") for slug, name in settings.HUB_REGIONS.items()}
        self.rng = random.Random(seed)
        self.pictures = bundled_pictures()
        self.linkable: list[Item] = []
        self.slugs: set[str] = set()
        self.span = (now() - FIRST_DATE).total_seconds()

    def fill(self, template: str, place: str) -> str:
        """Fill a template's placeholders."""
        number = f"{self.rng.randrange(40, 4000) * 5:,}".replace(",", ".")
        return template.format(tempat=place, angka=number, bulan=self.rng.choice(MONTHS))

    def paragraph(self, bank: Bank, place: str, count: int) -> str:
        """Return a paragraph of ``count`` sentences, mostly from the programme's bank."""
        pool = bank.sentences + GENERAL_SENTENCES
        picked = self.rng.sample(pool, count)
        return " ".join(self.fill(sentence, place) for sentence in picked)

    def block(self, item: Item, bank: Bank, place: str) -> str:
        """Return one block of the body: a paragraph, a list, a quote, a heading, a link or a picture."""
        roll = self.rng.random()
        if roll < 0.5:
            return self.paragraph(bank, place, self.rng.randint(3, 5))
        if roll < 0.62:
            items = self.rng.sample(bank.list_items + GENERAL_LIST_ITEMS, self.rng.randint(3, 5))
            if self.rng.random() < 0.3:
                return "\n".join(f"{n}. {text[0].upper()}{text[1:]}." for n, text in enumerate(items, 1))
            return "\n".join(f"- {text};" for text in items[:-1]) + f"\n- {items[-1]}."
        if roll < 0.72:
            return f'> "{self.rng.choice(bank.quotes)}" {self.rng.choice(QUOTE_ROLES)} di {place}.'
        if roll < 0.95:
            return f"## {self.rng.choice(bank.headings + GENERAL_HEADINGS)}"
        if roll < 0.985 and self.linkable:
            other = self.rng.choice(self.linkable[-200:])
            return f"Baca juga: [{other.get('Title')}]({{filename}}/{other.path})."
        images = self.pictures.get(item.folder)
        if images:
            path, alt = self.rng.choice(images)
            return f"![{alt}]({{static}}/{path})"
        return self.paragraph(bank, place, 2)

    def body(self, item: Item, bank: Bank, place: str) -> str:
        """Return a body of 300-800 words."""
        target = self.rng.randint(MIN_WORDS, MAX_WORDS - 160)
        blocks = [self.paragraph(bank, place, self.rng.randint(3, 4))]
        if item.kind == "event":
            blocks.append(" ".join(self.rng.sample(EVENT_SENTENCES, 3)))
        links = [self.rng.choice(EXTERNAL_LINKS).format(program=item.get("Program"))]
        if self.rng.random() < 0.4:
            links.append(self.rng.choice(PAGE_LINKS).format())
        while words("\n\n".join(blocks)) < target:
            block = self.block(item, bank, place)
            if block.startswith("## ") and blocks[-1].startswith("## "):
                continue
            if links and self.rng.random() < 0.15:
                block = f"{block} {links.pop()}" if not block.startswith(("#", "-", "1.", ">", "!")) else block
            blocks.append(block)
        while blocks[-1].startswith("## "):
            blocks.pop()
        blocks.append(f"{self.paragraph(bank, place, 2)} {' '.join(links)} {self.rng.choice(CLOSINGS)}".strip())
        return "\n\n".join(blocks) + "\n"

    def unique_slug(self, title: str, index: int) -> str:
        """Return a slug from the title, unique in the corpus."""
        base = slugify(title)[:60].rstrip("-")
        slug = f"{base}-{index + 1}"
        assert slug not in self.slugs
        self.slugs.add(slug)
        return slug

    def when(self) -> dt.datetime:
        """Return a publication moment: mostly over the past years, a few embargoed."""
        if self.rng.random() < EMBARGO_SHARE:
            moment = now() + dt.timedelta(days=self.rng.randint(1, 90))
        else:
            moment = FIRST_DATE + dt.timedelta(seconds=self.rng.random() * self.span)
        return moment.replace(hour=self.rng.randint(7, 16), minute=self.rng.choice((0, 30)), second=0, microsecond=0)

    def item(self, index: int) -> Item:
        """Return item number ``index`` (its programme and first region go round the declared lists)."""
        rng = self.rng
        kind = "event" if rng.random() < EVENT_SHARE else "brief"
        if kind == "brief" and rng.random() < CLARIFICATION_SHARE:
            kind = "clarification"
        program = self.programs[index % len(self.programs)]
        regions = [self.regions[index % len(self.regions)]]
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            extra = rng.choice(self.regions)
            if extra not in regions:
                regions.append(extra)
        bank = BANKS.get(program, FALLBACK_BANK)
        place = " dan ".join(self.region_names[slug] for slug in regions[:2])
        date = self.when()
        if date > now():
            date = max(date, now() + dt.timedelta(hours=1))
        status = "draft" if rng.random() < DRAFT_SHARE else "published"
        title, claim = self.title(kind, bank, place, self.region_names[regions[0]])
        item = Item(kind, self.unique_slug(title, index), date, status)
        tags = rng.sample(bank.tags, rng.randint(1, 3)) + rng.sample(GENERAL_TAGS, rng.choice((0, 0, 1)))
        summary = self.fill(rng.choice(bank.summaries), place)[:300].strip()
        hashtags = [*rng.sample(bank.hashtags, rng.randint(1, 2)), "#SilihTulungan"]
        share = f"{title}. Cek faktanya dan bagikan kabar baik ini!"[:280]
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        fields = [("Title", title), ("Uid", uid), ("Date", fmt_when(date))]
        if rng.random() < 0.1 and date < now():
            modified = min(date + dt.timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 8)), now())
            fields.append(("Modified", fmt_when(modified)))
        fields += [("Slug", item.slug), ("Program", program), ("Regions", ", ".join(regions))]
        fields += [("Tags", ", ".join(tags)), ("Summary", summary)]
        picture = rng.random() < 0.15 and self.pictures.get(item.folder)
        if kind == "event":
            fields += self.event_fields(item, regions)
        if picture:
            path, alt = rng.choice(self.pictures[item.folder])
            fields += [("Image", path), ("Image_Alt", alt)]
        fields += [("Hashtags", ", ".join(hashtags)), ("Share_Text", share)]
        if kind == "clarification":
            fields.append(("Status", status))
            fields += self.clarification_fields(date, claim)
        elif kind == "event":
            fields.append(("Event_Status", rng.choice(EVENT_STATUSES)))
            if status == "draft":
                fields.append(("Status", "draft"))
        else:
            fields.append(("Status", status))
        item.fields = fields
        item.body = self.body(item, bank, place)
        if item.listed:
            self.linkable.append(item)
        return item

    def title(self, kind: str, bank: Bank, place: str, first: str) -> tuple[str, str]:
        """Return an item's title and, for a clarification, the claim it answers ("" otherwise)."""
        rng = self.rng
        if kind == "event":
            return rng.choice(EVENT_TITLES).format(topik=rng.choice(bank.event_topics), tempat=first), ""
        if kind == "clarification":
            topic, choice = rng.choice(bank.event_topics), rng.randrange(len(CLAIMS))
            claim = self.fill(CLAIMS[choice].replace("{topik}", topic), place)
            return CLARIFICATION_TITLES[choice].format(topik=topic, tempat=first), claim
        return rng.choice(bank.titles).format(tempat=place), ""

    def clarification_fields(self, date: dt.datetime, claim: str) -> list[tuple[str, str]]:
        """Return a clarification's own fields, in the bundled clarifications' order."""
        rng = self.rng
        seen = date - dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 12))
        fields = [("Verdict", rng.choice(VERDICTS)), ("Claim", claim[:500])]
        fields.append(("Claim_Platforms", ", ".join(rng.sample(PLATFORMS, rng.randint(1, 3)))))
        fields.append(("Claim_First_Seen", fmt_when(seen)))
        if rng.random() < 0.5:
            fields.append(("Claim_Links", f"https://bantuan-{rng.randrange(100, 999)}.example/daftar"))
        fields.append(("Evidence", "\n  ".join(rng.sample(EVIDENCE, rng.randint(1, 3)))))
        briefs = [other for other in self.linkable[-200:] if other.kind == "brief"]
        if briefs and rng.random() < 0.3:
            fields.append(("Related", rng.choice(briefs).get("Uid")))
        return fields

    def event_fields(self, item: Item, regions: list[str]) -> list[tuple[str, str]]:
        """Return an event's own fields, in the bundled events' order."""
        rng = self.rng
        all_day = rng.random() < 0.2
        start = (item.date + dt.timedelta(days=rng.randint(3, 60))).replace(hour=rng.choice((8, 9, 13, 19)))
        end = start + (dt.timedelta(days=rng.choice((0, 1, 2))) if all_day else dt.timedelta(hours=rng.randint(2, 4)))
        attendance = rng.choice(("offline", "offline", "online", "mixed"))
        place = self.region_names[regions[0]]
        fields = [("Start", fmt_when(start, all_day)), ("End", fmt_when(end, all_day)), ("Attendance", attendance)]
        if attendance != "online":
            fields += [
                ("Venue", f"{rng.choice(VENUES)} {place}"),
                ("Address", f"Jalan {rng.choice(STREETS)} No. {rng.randint(1, 200)}, {place}"),
                ("Geo", f"{rng.uniform(-7.7, -6.2):.4f}, {rng.uniform(106.4, 108.7):.4f}"),
            ]
        if attendance != "offline":
            fields.append(("Online_Url", f"https://siaran.example.org/{item.slug}"))
        fields.append(("Registration_Url", f"https://daftar.example.org/{item.slug}"))
        deadline = (start - dt.timedelta(days=rng.randint(1, 3))).replace(hour=23, minute=59)
        fields.append(("Registration_Deadline", fmt_when(deadline)))
        if rng.random() < 0.7:
            fields.append(("Capacity", str(rng.choice((30, 50, 80, 120, 300, 500)))))
        speakers = rng.sample(SPEAKERS, rng.randint(1, 4))
        fields.append(("Speakers", "\n    ".join(speakers)))
        fields.append(("Organiser", rng.choice(ORGANISERS)))
        return fields


def bundled_items() -> list[Item]:
    """Return the repository's own briefs, events and clarifications (the bundled pages link to some of them)."""
    items = []
    for kind, folder in FOLDERS.items():
        for source in sorted((ROOT / "content" / folder).glob("*.md")):
            header, body = source.read_text(encoding="utf-8").split("\n\n", 1)
            fields: list[tuple[str, str]] = []
            for line in header.splitlines():
                if line.startswith("  ") and fields:  # a continuation line (Speakers, Evidence)
                    fields[-1] = (fields[-1][0], f"{fields[-1][1]}\n{line}")
                else:
                    key, value = line.split(":", 1)
                    fields.append((key, value.strip()))
            meta = dict(fields)
            date = dt.datetime.fromisoformat(meta["Date"]).replace(tzinfo=TZ)
            status = meta.get("Status", "published").lower()
            item = Item(kind, meta.get("Slug", source.stem), date, status, fields, body, source.stem)
            items.append(item)
    return items


def make_items(size: int, seed: int = DEFAULT_SEED) -> list[Item]:
    """Return the corpus's ``size`` items: the bundled ones, then generated ones (the same seed, the same items)."""
    bundled = bundled_items()
    if size < len(bundled):
        msg = f"the corpus holds at least the {len(bundled)} bundled briefs, events and clarifications"
        raise ValueError(msg)
    composer = Composer(seed)
    return bundled + [composer.item(index) for index in range(size - len(bundled))]


# --- writers ---


def hub_text(item: Item) -> str:
    """Render an item as the hub's editors write it: header, one blank line, body."""
    header = "\n".join(f"{key}: {value}" for key, value in item.fields)
    return f"{header}\n\n{item.body}"


def write_hub(items: list[Item], out: Path) -> Path:
    """Write the hub's content folder into ``out``; return it."""
    content = out / "content"
    for folder in FOLDERS.values():
        (content / folder).mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    shutil.copytree(ROOT / "content" / "images", content / "images")
    (content / "ledger.json").write_text(json.dumps({"version": 1, "items": {}}) + "\n", encoding="utf-8")
    for item in items:
        (content / item.path).write_text(hub_text(item), encoding="utf-8")
    return content


def hugo_links(text: str, urls: dict[str, str]) -> str:
    """Rewrite Pelican's ``{filename}`` and ``{static}`` links to the Hugo site's URLs."""
    text = re.sub(r"\{filename\}/?([^)\s]+)", lambda match: urls.get(match.group(1), "/"), text)
    return text.replace("{static}/", "/")


def front_matter(pairs: list[tuple[str, object]]) -> str:
    """Render YAML front matter (JSON scalars and lists are YAML)."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in pairs]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def hugo_text(item: Item, urls: dict[str, str]) -> str:
    """Render an item as a Hugo page with the same body."""
    pairs: list[tuple[str, object]] = [
        ("title", item.get("Title")),
        ("date", item.date.isoformat()),
        ("slug", item.slug),
        ("summary", item.get("Summary")),
        ("tags", [tag.strip() for tag in item.get("Tags").split(",")]),
        ("categories", [item.get("Program")]),
        ("regions", [region.strip() for region in item.get("Regions").split(",")]),
    ]
    if item.get("Modified"):
        modified = dt.datetime.fromisoformat(item.get("Modified")).replace(tzinfo=TZ)
        pairs.append(("lastmod", modified.isoformat()))
    if item.get("Image"):
        pairs += [("image", "/" + item.get("Image")), ("image_alt", item.get("Image_Alt"))]
    if item.kind == "event":
        pairs += [("start", item.get("Start")), ("venue", item.get("Venue") or "Daring")]
    if item.kind == "clarification":
        pairs += [("verdict", item.get("Verdict")), ("claim", item.get("Claim"))]
    if item.status == "draft":
        pairs.append(("draft", True))
    return front_matter(pairs) + hugo_links(item.body, urls)


def write_hugo(items: list[Item], out: Path) -> Path:
    """Write a Hugo site (benchmarks/hugo/ plus the same items and pages) into ``out``; return it."""
    shutil.copytree(HUGO_SITE, out, dirs_exist_ok=True)
    content = out / "content"
    for folder in (*FOLDERS.values(), "pages"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "content" / "images", out / "static" / "images")
    pages = {}
    for page in sorted((ROOT / "content" / "pages").glob("*.md")):
        header, body = page.read_text(encoding="utf-8").split("\n\n", 1)
        pages[page.name] = (dict(re.findall(r"^(\w+): (.*)$", header, flags=re.M)), body)
    urls = {f"pages/{name}": f"/{meta.get('Slug', name[:-3])}/" for name, (meta, _) in pages.items()}
    urls |= {item.path: f"/{HUGO_SECTIONS[item.kind]}/{item.slug}/" for item in items}
    for name, (meta, body) in pages.items():
        pairs = [("title", meta["Title"]), ("url", urls[f"pages/{name}"]), ("summary", meta.get("Summary", ""))]
        (content / "pages" / name).write_text(front_matter(pairs) + hugo_links(body, urls), encoding="utf-8")
    for item in items:
        (content / item.path).write_text(hugo_text(item, urls), encoding="utf-8")
    return out


# --- edits (the benchmark's one-file rebuilds) ---


def edit_body(path: Path) -> None:
    """Change the body of one item: append a paragraph (same in both formats)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nPembaruan: jadwal layanan susulan diumumkan melalui kantor desa.\n", encoding="utf-8")


def edit_title(path: Path) -> None:
    """Change the title of one item (``Title:`` in the hub's header, ``title:`` in Hugo's front matter)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = re.sub(r'^title: "(.*)"$', r'title: "\1 (Diperbarui)"', text, count=1, flags=re.M)
    else:
        text = re.sub(r"^Title: (.*)$", r"Title: \1 (Diperbarui)", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (must not exist)")
    parser.add_argument("--size", type=int, default=1000, help="number of briefs, events and clarifications")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--format", choices=("hub", "hugo"), default="hub")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists")
    items = make_items(args.size, args.seed)
    written = write_hub(items, args.out) if args.format == "hub" else write_hugo(items, args.out)
    kinds = {kind: sum(item.kind == kind for item in items) for kind in FOLDERS}
    print(f"{written}: {kinds['brief']} briefs, {kinds['event']} events, {kinds['clarification']} clarifications")
    return 0


if __name__ == "__main__":
    sys.exit(main())
