/* The Indonesian phrases of Decap CMS 3.16.3 on /admin/: every key of Decap's English locale
   (CMS.getLocale("en")), the same %{…} placeholders in each phrase, polyglot's "||||" between the
   plural forms where the English has them (Indonesian uses the first form only). admin.js merges
   this over the English, so a phrase a later Decap adds shows in English until it is added here.
   HubLocaleId words Decap's "publish" as publishing: with the editorial workflow (the public
   /admin/) it merges the reviewed pull request. HubLocaleIdDirect, merged over it without the
   workflow (the local backend), words it as saving: there it writes the file, and whether the
   item is on the site is its Status. */
(function () {
  "use strict";

  window.HubLocaleId = {
    auth: {
      login: "Masuk",
      loggingIn: "Sedang masuk…",
      loginWithNetlifyIdentity: "Masuk dengan Netlify Identity",
      loginWithAzure: "Masuk dengan Azure",
      loginWithBitbucket: "Masuk dengan Bitbucket",
      loginWithGitHub: "Masuk dengan GitHub",
      loginWithGitLab: "Masuk dengan GitLab",
      loginWithGitea: "Masuk dengan Gitea",
      loginWithForgejo: "Masuk dengan Forgejo",
      errors: {
        email: "Masukkan alamat email Anda.",
        password: "Masukkan kata sandi Anda.",
        identitySettings: "Pengaturan identitas tidak dapat dibuka. Bila memakai backend git-gateway, pastikan " +
          "layanan Identity dan Git Gateway sudah diaktifkan."
      }
    },
    app: {
      header: {
        content: "Konten",
        workflow: "Alur kerja",
        media: "Media",
        quickAdd: "Buat baru"
      },
      app: {
        errorHeader: "Gagal memuat konfigurasi CMS",
        configErrors: "Kesalahan konfigurasi",
        checkConfigYml: "Periksa berkas config.yml.",
        loadingConfig: "Memuat konfigurasi…",
        waitingBackend: "Menunggu server…"
      },
      notFoundPage: {
        header: "Halaman tidak ditemukan"
      }
    },
    collection: {
      sidebar: {
        collections: "Jenis konten",
        allCollections: "Semua jenis konten",
        searchAll: "Cari di semua konten",
        searchIn: "Cari di"
      },
      collectionTop: {
        sortBy: "Urutkan menurut",
        viewAs: "Tampilan",
        viewAsList: "Tampilan daftar",
        viewAsGrid: "Tampilan kisi",
        newButton: "＋ %{collectionLabel} baru",
        newButtonAriaLabel: "Buat %{collectionLabel} baru",
        ascending: "Naik",
        descending: "Turun",
        searchResults: "Hasil pencarian “%{searchTerm}”",
        searchResultsInCollection: "Hasil pencarian “%{searchTerm}” di %{collection}",
        filterBy: "Saring menurut",
        groupBy: "Kelompokkan menurut"
      },
      entries: {
        loadingEntries: "Memuat konten…",
        cachingEntries: "Menyiapkan konten…",
        longerLoading: "Ini bisa memakan waktu beberapa menit",
        noEntries: "Belum ada konten",
        unpublishedHeader: "Konten yang belum terbit"
      },
      groups: {
        other: "Lainnya",
        negateLabel: "Bukan %{label}"
      },
      defaultFields: {
        author: {
          label: "Penulis"
        },
        updatedOn: {
          label: "Diperbarui pada"
        }
      }
    },
    editor: {
      editorControl: {
        field: {
          optional: "tidak wajib",
          widgetLabel: "Kolom %{widgetLabel}"
        }
      },
      editorControlPane: {
        widget: {
          required: "%{fieldLabel} wajib diisi.",
          regexPattern: "%{fieldLabel}: %{pattern}.",
          processing: "%{fieldLabel} sedang diproses…",
          range: "%{fieldLabel} harus antara %{minValue} dan %{maxValue}.",
          min: "%{fieldLabel} paling kecil %{minValue}.",
          max: "%{fieldLabel} paling besar %{maxValue}.",
          rangeCount: "%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.",
          rangeCountExact: "%{fieldLabel} harus berisi tepat %{count} butir.",
          rangeMin: "%{fieldLabel} harus berisi paling sedikit %{minCount} butir.",
          rangeMax: "%{fieldLabel} berisi paling banyak %{maxCount} butir.",
          invalidPath: "'%{path}' bukan jalur berkas yang sah",
          pathExists: "Jalur '%{path}' sudah ada"
        },
        i18n: {
          writingInLocale: "Menulis dalam bahasa %{locale}",
          copyFromLocale: "Isi dari bahasa lain",
          copyFromLocaleConfirm: "Isi data dari bahasa %{locale}?\nSemua isi yang sudah ada akan ditimpa."
        }
      },
      editor: {
        onLeavePage: "Perubahan belum disimpan. Yakin meninggalkan halaman ini?",
        onUpdatingWithUnsavedChanges: "Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.",
        onPublishingNotReady: "Ubah status menjadi “Siap” sebelum menerbitkan.",
        onPublishingWithUnsavedChanges: "Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.",
        onPublishing: "Yakin menerbitkan konten ini?",
        onUnpublishing: "Yakin membatalkan terbitnya konten ini?",
        onDeleteWithUnsavedChanges: "Yakin menghapus konten ini, beserta perubahan yang belum disimpan di sesi ini?",
        onDeletePublishedEntry: "Yakin menghapus konten ini? Berkasnya ikut terhapus.",
        onDeleteUnpublishedChangesWithUnsavedChanges: "Semua perubahan yang belum terbit pada konten ini akan " +
          "dihapus, begitu juga perubahan yang belum disimpan di sesi ini. Tetap hapus?",
        onDeleteUnpublishedChanges: "Semua perubahan yang belum terbit pada konten ini akan dihapus. Tetap hapus?",
        loadingEntry: "Memuat konten…",
        confirmLoadBackup: "Ada cadangan lokal konten ini yang berhasil dipulihkan. Pakai cadangan itu?"
      },
      editorInterface: {
        toggleI18n: "Tampilkan/sembunyikan terjemahan",
        togglePreview: "Tampilkan/sembunyikan pratinjau",
        toggleScrollSync: "Samakan gulir",
        toggleNotes: "Tampilkan/sembunyikan catatan"
      },
      editorNotesPane: {
        title: "Catatan",
        emptyState: "Belum ada catatan. Tulis catatan pertama di bawah untuk mulai berkolaborasi.",
        addNote: "Tambah catatan",
        addPlaceholder: "Tulis catatan…",
        editPlaceholder: "Ubah catatan Anda…",
        save: "Simpan",
        cancel: "Batal",
        edit: "Ubah",
        "delete": "Hapus",
        resolve: "Tandai selesai",
        unresolve: "Buka lagi",
        confirmDelete: "Yakin menghapus catatan ini?",
        shortcut: "Kiat: tekan Ctrl+Enter untuk menambah catatan dengan cepat"
      },
      editorToolbar: {
        publishing: "Menerbitkan…",
        publish: "Terbitkan",
        published: "Terbit",
        unpublish: "Batalkan terbit",
        duplicate: "Gandakan",
        unpublishing: "Membatalkan terbit…",
        publishAndCreateNew: "Terbitkan dan buat baru",
        publishAndDuplicate: "Terbitkan dan gandakan",
        deleteUnpublishedChanges: "Hapus perubahan yang belum terbit",
        deleteUnpublishedEntry: "Hapus konten yang belum terbit",
        deletePublishedEntry: "Hapus konten yang sudah terbit",
        deleteEntry: "Hapus konten",
        saving: "Menyimpan…",
        save: "Simpan",
        statusInfoTooltipDraft: "Konten ini masih draf. Bila sudah selesai dan siap ditinjau, ubah statusnya " +
          "menjadi ‘Sedang ditinjau’",
        statusInfoTooltipInReview: "Konten ini sedang ditinjau; tidak ada lagi yang perlu Anda lakukan. Anda tetap " +
          "bisa mengubahnya selama peninjauan.",
        deleting: "Menghapus…",
        updating: "Memperbarui…",
        status: "Status: %{status}",
        backCollection: " Menulis di %{collectionLabel}",
        unsavedChanges: "Perubahan belum disimpan",
        changesSaved: "Perubahan tersimpan",
        draft: "Draf",
        inReview: "Sedang ditinjau",
        ready: "Siap",
        publishNow: "Terbitkan sekarang",
        deployPreviewPendingButtonLabel: "Periksa pratinjau",
        deployPreviewButtonLabel: "Lihat pratinjau",
        deployButtonLabel: "Lihat di situs"
      },
      editorWidgets: {
        markdown: {
          bold: "Tebal",
          italic: "Miring",
          strikethrough: "Coret",
          code: "Kode",
          link: "Tautan",
          linkPrompt: "Masukkan URL tautan",
          headings: "Judul bagian",
          quote: "Kutipan",
          bulletedList: "Daftar berbutir",
          numberedList: "Daftar bernomor",
          addComponent: "Tambah komponen",
          richText: "Teks berformat",
          markdown: "Markdown",
          toggleMode: {
            rich: "Beralih ke mode teks berformat",
            markdown: "Beralih ke mode Markdown"
          }
        },
        image: {
          choose: "Pilih gambar",
          chooseMultiple: "Pilih beberapa gambar",
          chooseUrl: "Sisipkan dari URL",
          replaceUrl: "Ganti dengan URL",
          promptUrl: "Masukkan URL gambar",
          chooseDifferent: "Pilih gambar lain",
          addMore: "Tambah gambar",
          remove: "Hapus gambar",
          removeAll: "Hapus semua gambar"
        },
        file: {
          choose: "Pilih berkas",
          chooseUrl: "Sisipkan dari URL",
          chooseMultiple: "Pilih beberapa berkas",
          replaceUrl: "Ganti dengan URL",
          promptUrl: "Masukkan URL berkas",
          chooseDifferent: "Pilih berkas lain",
          addMore: "Tambah berkas",
          remove: "Hapus berkas",
          removeAll: "Hapus semua berkas"
        },
        unknownControl: {
          noControl: "Tidak ada kontrol untuk widget '%{widget}'."
        },
        unknownPreview: {
          noPreview: "Tidak ada pratinjau untuk widget '%{widget}'."
        },
        headingOptions: {
          headingOne: "Judul 1",
          headingTwo: "Judul 2",
          headingThree: "Judul 3",
          headingFour: "Judul 4",
          headingFive: "Judul 5",
          headingSix: "Judul 6"
        },
        datetime: {
          now: "Sekarang",
          clear: "Kosongkan",
          setToNow: "Isi %{fieldLabel} dengan waktu sekarang"
        },
        list: {
          add: "Tambah %{item}",
          addType: "Tambah %{item}"
        },
        object: {
          expand: "Buka",
          collapse: "Ciutkan"
        }
      }
    },
    mediaLibrary: {
      mediaLibraryCard: {
        draft: "Draf",
        copy: "Salin",
        copyUrl: "Salin URL",
        copyPath: "Salin jalur",
        copyName: "Salin nama",
        copied: "Tersalin"
      },
      mediaLibrary: {
        onDelete: "Yakin menghapus media yang dipilih?",
        fileTooLarge: "Berkas terlalu besar.\nUkuran berkas paling besar %{size} kB."
      },
      mediaLibraryModal: {
        loading: "Memuat…",
        close: "Tutup",
        noResults: "Tidak ada hasil.",
        noAssetsFound: "Belum ada media.",
        noImagesFound: "Belum ada gambar.",
        "private": "(Pribadi) ",
        images: "Gambar",
        mediaAssets: "Media",
        search: "Cari…",
        uploading: "Mengunggah…",
        upload: "Unggah",
        download: "Unduh",
        deleting: "Menghapus…",
        deleteSelected: "Hapus yang dipilih",
        chooseSelected: "Pakai yang dipilih"
      }
    },
    ui: {
      "default": {
        goBackToSite: "Kembali ke situs"
      },
      errorBoundary: {
        title: "Terjadi kesalahan",
        details: "Maaf, ada yang tidak berjalan semestinya. Silakan ",
        reportIt: "laporkan di GitHub.",
        detailsHeading: "Rincian",
        privacyWarning: "Laporan yang dibuka langsung berisi pesan kesalahan dan data pelacakan.\nPeriksa kembali " +
          "isinya dan hapus data pribadi atau rahasia bila ada.",
        recoveredEntry: {
          heading: "Dokumen yang dipulihkan",
          warning: "Salin dan tempel isi ini ke tempat lain sebelum meninggalkan halaman!",
          copyButtonLabel: "Salin ke papan klip"
        }
      },
      settingsDropdown: {
        logOut: "Keluar",
        account: "Menu akun"
      },
      toast: {
        onFailToLoadEntries: "Gagal memuat konten: %{details}",
        onFailToLoadDeployPreview: "Gagal memuat pratinjau: %{details}",
        onFailToPersist: "Gagal menyimpan: %{details}",
        onFailToDelete: "Gagal menghapus konten: %{details}",
        onFailToUpdateStatus: "Gagal mengubah status: %{details}",
        missingRequiredField: "Ada kolom yang belum benar; periksa pesan di formulir.",
        entrySaved: "Tersimpan",
        entryPublished: "Konten diterbitkan",
        entryUnpublished: "Konten batal terbit",
        onFailToPublishEntry: "Gagal menerbitkan: %{details}",
        onFailToUnpublishEntry: "Gagal membatalkan terbit: %{details}",
        entryUpdated: "Status konten diperbarui",
        onDeleteUnpublishedChanges: "Perubahan yang belum terbit sudah dihapus",
        noteAdded: "Catatan ditambahkan",
        onFailToAddNote: "Gagal menambah catatan: %{details}",
        noteUpdated: "Catatan diperbarui",
        onFailToUpdateNote: "Gagal memperbarui catatan: %{details}",
        noteDeleted: "Catatan dihapus",
        onFailToDeleteNote: "Gagal menghapus catatan: %{details}",
        noteResolved: "Catatan ditandai selesai",
        noteReopened: "Catatan dibuka lagi",
        onFailToToggleNote: "Gagal mengubah status catatan: %{details}",
        onFailToAuth: "%{details}",
        onLoggedOut: "Anda sudah keluar. Simpan cadangan data Anda, lalu masuk lagi",
        onBackendDown: "Layanan backend sedang terganggu. Lihat %{details} untuk informasi lebih lanjut"
      }
    },
    workflow: {
      workflow: {
        loading: "Memuat konten alur kerja redaksi",
        workflowHeading: "Alur kerja redaksi",
        newPost: "Konten baru",
        description: "%{smart_count} konten menunggu ditinjau, %{readyCount} siap terbit. |||| " +
          "%{smart_count} konten menunggu ditinjau, %{readyCount} siap terbit.",
        dateFormat: "D MMMM"
      },
      workflowCard: {
        lastChange: "%{date} oleh %{author}",
        lastChangeNoAuthor: "%{date}",
        lastChangeNoDate: "oleh %{author}",
        deleteChanges: "Hapus perubahan",
        deleteNewEntry: "Hapus konten baru",
        publishChanges: "Terbitkan perubahan",
        publishNewEntry: "Terbitkan konten baru"
      },
      workflowList: {
        onDeleteEntry: "Yakin menghapus konten ini?",
        onPublishingNotReadyEntry: "Hanya konten berstatus “Siap” yang bisa diterbitkan. Seret kartunya ke kolom " +
          "“Siap” agar bisa diterbitkan.",
        onPublishEntry: "Yakin menerbitkan konten ini?",
        draftHeader: "Draf",
        inReviewHeader: "Sedang ditinjau",
        readyHeader: "Siap",
        currentEntries: "%{smart_count} konten |||| %{smart_count} konten"
      }
    }
  };

  window.HubLocaleIdDirect = {
    editor: {
      editorToolbar: {
        publishing: "Menyimpan…",
        publish: "Simpan",
        published: "Tersimpan",
        publishAndCreateNew: "Simpan dan buat baru",
        publishAndDuplicate: "Simpan dan gandakan",
        publishNow: "Simpan sekarang"
      }
    },
    ui: {
      toast: {
        entryPublished: "Tersimpan"
      }
    }
  };
})();
