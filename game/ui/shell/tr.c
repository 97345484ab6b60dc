/* Interface lookups: the app's language's catalogue (crs_msg_catalog loads it once from the
 * folder main() named), then the test filter. */
#include "shell/tr.h"

#include "shell/app.h"

static const char *(*filter)(const char *s);

void crs_str_set_filter(const char *(*fn)(const char *s))
{
    filter = fn;
}

const char *crs_str_filtered(const char *s)
{
    return filter && s ? filter(s) : s;
}

const char *crs_tr_in(const char *lang, const char *english)
{
    return crs_str_filtered(crs_catalog_get(crs_msg_catalog(lang), NULL, english));
}

const char *crs_tr(const crs_app *a, const char *english)
{
    return crs_tr_in(crs_app_lang(a), english);
}

const char *crs_trc(const crs_app *a, const char *ctx, const char *english)
{
    return crs_str_filtered(crs_catalog_get(crs_msg_catalog(crs_app_lang(a)), ctx, english));
}

const char *crs_trn(const crs_app *a, const char *one, const char *many, unsigned long n)
{
    return crs_str_filtered(crs_catalog_nget(crs_msg_catalog(crs_app_lang(a)), NULL, one, many, n));
}
