<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS 2.0 or Atom 1.0 feed of the hub as a readable Indonesian page when someone opens
  it in a browser: what a feed is, how to subscribe, the licence, and the latest items.
  Feed readers ignore this file. XSLT 1.0, no scripts, nothing loaded from other hosts.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:cc="http://backend.userland.com/creativeCommonsRssModule"
  exclude-result-prefixes="atom cc">

  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="rss" select="/rss/channel"/>
  <xsl:variable name="atom" select="/atom:feed"/>
  <xsl:variable name="title" select="string($rss/title | $atom/atom:title)"/>
  <xsl:variable name="description" select="string($rss/description | $atom/atom:subtitle)"/>
  <xsl:variable name="self" select="string($rss/atom:link[@rel='self']/@href | $atom/atom:link[@rel='self']/@href)"/>
  <xsl:variable name="home" select="string($rss/link | $atom/atom:link[@rel='alternate']/@href)"/>
  <xsl:variable name="rights" select="string($rss/copyright | $atom/atom:rights)"/>
  <xsl:variable name="license" select="string($rss/cc:license | $atom/atom:link[@rel='license']/@href)"/>
  <xsl:variable name="format">
    <xsl:choose>
      <xsl:when test="$rss">RSS</xsl:when>
      <xsl:otherwise>Atom</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <html lang="id">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title>Feed <xsl:value-of select="$format"/>: <xsl:value-of select="$title"/></title>
        <style>
          :root { color-scheme: light dark; --green: #0b6e4f; --muted: #4d5752; --line: #d9e2dd; --wash: #f3f7f5; }
          body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
                 line-height: 1.6; color: #1b1f1d; background: #fff; }
          main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--green); }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
          .about { background: var(--wash); border-left: 4px solid #f4c430; padding: 0.75rem 1rem; border-radius: 0.5rem; }
          .address { display: block; padding: 0.5rem 0.75rem; margin: 0.5rem 0; background: #fff; color: #1b1f1d;
                     border: 1px solid var(--line); border-radius: 0.5rem; overflow-wrap: anywhere; user-select: all; }
          .muted, .items time { color: var(--muted); font-size: 0.9rem; }
          .items { list-style: none; padding: 0; }
          .items li { border-top: 1px solid var(--line); padding: 0.75rem 0; }
          .items h3 { font-size: 1.1rem; margin: 0.1rem 0; }
          .items p { margin: 0.25rem 0 0; }
          @media (prefers-color-scheme: dark) {
            body { color: #e8efeb; background: #111614; }
            a { color: #7fd1b0; }
            .about { background: #1c2420; }
            .address { background: #0b0f0d; color: #e8efeb; border-color: #33403a; }
            .muted, .items time { color: #b4c0ba; }
          }
        </style>
      </head>
      <body>
        <main>
          <p class="muted">Feed <xsl:value-of select="$format"/> · <xsl:value-of select="$description"/></p>
          <h1><xsl:value-of select="$title"/></h1>
          <section class="about" aria-labelledby="apa-ini">
            <h2 id="apa-ini">Ini adalah feed berita</h2>
            <p>Halaman ini adalah <strong>feed</strong> (umpan berita): alamat yang dibaca otomatis oleh
              aplikasi pembaca berita, WordPress, Blogger, atau alat newsletter. Berlanggananlah, dan setiap
              berita baru dari bagian ini akan muncul sendiri di aplikasi atau situs Anda.</p>
            <p>Salin alamat feed ini:</p>
            <code class="address"><xsl:value-of select="$self"/></code>
          </section>

          <section aria-labelledby="cara">
            <h2 id="cara">Cara berlangganan</h2>
            <ul>
              <li><strong>Feedly, Inoreader atau aplikasi pembaca lain:</strong> pilih “Tambah” atau “Follow”,
                lalu tempelkan alamat di atas.</li>
              <li><strong>WordPress:</strong> pakai blok “RSS” di editor atau widget, lalu tempelkan alamat di atas.</li>
              <li><strong>Blogger:</strong> buka Tata Letak → Tambahkan Gadget → Feed, lalu tempelkan alamat di atas.</li>
              <li><strong>Newsletter atau podcast:</strong> pilih fitur “RSS ke email” atau impor RSS di alat Anda,
                lalu tempelkan alamat di atas.</li>
            </ul>
            <xsl:if test="$home">
              <p>Lebih suka membaca di situs? <a href="{$home}">Buka halaman web bagian ini</a>.</p>
            </xsl:if>
          </section>

          <xsl:if test="$rights or $license">
            <section aria-labelledby="lisensi">
              <h2 id="lisensi">Boleh diterbitkan ulang</h2>
              <p><xsl:value-of select="$rights"/></p>
              <xsl:if test="$license">
                <p><a href="{$license}" rel="license">Baca ketentuan lisensinya</a>. Cantumkan sumber dan tautan ke
                  berita aslinya, seperti baris “Sumber: …” di akhir setiap berita dalam feed ini.</p>
              </xsl:if>
            </section>
          </xsl:if>

          <section aria-labelledby="terbaru">
            <h2 id="terbaru">Isi terbaru</h2>
            <xsl:choose>
              <xsl:when test="$rss/item | $atom/atom:entry">
                <ul class="items">
                  <xsl:apply-templates select="$rss/item | $atom/atom:entry"/>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <p>Belum ada berita di feed ini.</p>
              </xsl:otherwise>
            </xsl:choose>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <time>
        <xsl:call-template name="tanggal">
          <xsl:with-param name="day" select="substring(pubDate, 6, 2)"/>
          <xsl:with-param name="month"
            select="(string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3) + 1"/>
          <xsl:with-param name="year" select="substring(pubDate, 13, 4)"/>
        </xsl:call-template>
      </time>
      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
      <p>
        <xsl:call-template name="html-text">
          <xsl:with-param name="html" select="string(description)"/>
        </xsl:call-template>
      </p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <time datetime="{atom:published}">
        <xsl:call-template name="tanggal">
          <xsl:with-param name="day" select="substring(atom:published, 9, 2)"/>
          <xsl:with-param name="month" select="substring(atom:published, 6, 2)"/>
          <xsl:with-param name="year" select="substring(atom:published, 1, 4)"/>
        </xsl:call-template>
      </time>
      <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>

  <!-- An RSS description is HTML; ours is the plain-text summary, HTML-escaped (plugins/feeds/build.py).
       Show it as that text again: decode, in one pass, the entities html.escape writes, and nothing
       else. The result is output as text, so no markup from a feed is ever rendered here. -->
  <xsl:template name="html-text">
    <xsl:param name="html"/>
    <xsl:choose>
      <xsl:when test="contains($html, '&amp;')">
        <xsl:variable name="rest" select="substring-after($html, '&amp;')"/>
        <xsl:variable name="entity" select="substring-before($rest, ';')"/>
        <xsl:variable name="known" select="contains('|amp|lt|gt|quot|#x27|', concat('|', $entity, '|'))"/>
        <xsl:value-of select="substring-before($html, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="not($known) or $entity = 'amp'">&amp;</xsl:when>
          <xsl:when test="$entity = 'lt'">&lt;</xsl:when>
          <xsl:when test="$entity = 'gt'">&gt;</xsl:when>
          <xsl:when test="$entity = 'quot'">"</xsl:when>
          <xsl:otherwise>'</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="html-text">
          <xsl:with-param name="html" select="substring($rest, 1 + $known * (string-length($entity) + 1))"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$html"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "10 Mei 2026": feeds carry English (RSS) or numeric (Atom) dates; readers here read Indonesian. -->
  <xsl:template name="tanggal">
    <xsl:param name="day"/>
    <xsl:param name="month"/>
    <xsl:param name="year"/>
    <xsl:value-of select="number($day)"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="number($month) = 1">Januari</xsl:when>
      <xsl:when test="number($month) = 2">Februari</xsl:when>
      <xsl:when test="number($month) = 3">Maret</xsl:when>
      <xsl:when test="number($month) = 4">April</xsl:when>
      <xsl:when test="number($month) = 5">Mei</xsl:when>
      <xsl:when test="number($month) = 6">Juni</xsl:when>
      <xsl:when test="number($month) = 7">Juli</xsl:when>
      <xsl:when test="number($month) = 8">Agustus</xsl:when>
      <xsl:when test="number($month) = 9">September</xsl:when>
      <xsl:when test="number($month) = 10">Oktober</xsl:when>
      <xsl:when test="number($month) = 11">November</xsl:when>
      <xsl:when test="number($month) = 12">Desember</xsl:when>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="$year"/>
  </xsl:template>
</xsl:stylesheet>
