/* The core's messages in the interface languages. The core writes its messages in English, and
 * the English text is the message id of the translation catalogues (po/LANG.po, compiled to
 * LANG.mo), so callers pass the English text they already have and get it back translated.
 * Catalogues are read by crs_catalog (never through the C library's locale), from the folder
 * named with crs_msg_set_dir, each the first time its language is asked for. Loading keeps
 * process-wide state: call these from one thread (front ends do, before any worker starts). */
#ifndef CROSSINGS_MESSAGES_H
#define CROSSINGS_MESSAGES_H

#include <stddef.h>
#include "crossings/catalog.h"
#include "crossings/diag.h"

/* Marks a string for xgettext (the keyword N_) without translating it where it stands. */
#define N_(english) english
/* The same with a context (msgctxt) that tells two meanings of one English text apart. */
#define NC_(context, english) english

/* The folder of the compiled catalogues (LANG.mo); NULL or "" for none (English only).
 * Catalogues already loaded are dropped. */
void crs_msg_set_dir(const char *dir);
/* The folder given to crs_msg_set_dir, or NULL. */
const char *crs_msg_dir(void);
/* The languages that have a catalogue in that folder (LANG.mo, LANG a valid code), sorted by
 * code, copied into codes; returns how many (at most max). English has no catalogue: it is the
 * source language, and the caller lists it itself. */
int crs_msg_languages(char (*codes)[32], int max);
/* 1 when lang is a well-formed language code (letters, digits, '-', '_', '@'; at most 31). */
int crs_msg_lang_valid(const char *lang);
/* Makes sure lang can be shown: 0 for English ("en") or when its catalogue loads; -1 with err
 * filled (the catalogue's file and the reason) otherwise. */
int crs_msg_language(const char *lang, crs_diag *err);
/* lang's catalogue, loaded on first use; NULL for English or when it cannot be loaded. */
crs_catalog *crs_msg_catalog(const char *lang);
/* Drops every loaded catalogue (tests; the end of a front end's run). */
void crs_msg_reset(void);

/* The language's name in itself ("한국어"): its catalogue's translation of "English" in the
 * context "language-name"; "English" for English; lang itself when the catalogue has none. */
const char *crs_msg_language_name(const char *lang);

/* msgid in lang: the translation when lang's catalogue has one, else msgid itself (so an
 * untranslated message still shows, in English; the catalogue counts the miss). Never NULL for
 * a non-NULL msgid. */
const char *crs_msg(const char *msgid, const char *lang);

/* msgid in context ctx (msgctxt; NULL for none) in lang, the same way. Records (transcripts,
 * exports) use the context "record" for their labels, whose wording differs from the
 * interface's ("Sources" is 출처 in a record and 출처 목록 on the debrief screen). */
const char *crs_msgc(const char *ctx, const char *msgid, const char *lang);

/* The plural form of msgid/plural for n in lang (its catalogue's Plural-Forms rule); English
 * and a missing entry use the English rule: msgid for 1, plural otherwise. */
const char *crs_msgn(const char *msgid, const char *plural, unsigned long n, const char *lang);

/* One plain sentence saying what a diagnostic code means, in lang; for screens that show
 * located messages to people who may not read English. */
const char *crs_code_text(crs_code code, const char *lang);

/* "error" or "warning" in lang. */
const char *crs_severity_text(crs_severity sev, const char *lang);

/* crs_diag_format in lang: "file:line:col: severity: message (path)" with the location and
 * the JSON path exactly as in English (editors jump to them). A message the catalogue has is
 * translated whole; any other is the code's sentence in lang followed by the English detail.
 * Returns the length it needed. */
size_t crs_msg_format_diag(const crs_diag *item, const char *lang, char *buf, size_t cap);

/* Test support: the number of the core's own message ids, and id i (NULL past the end). */
int crs_msg_count(void);
const char *crs_msg_id(int i);

#endif
