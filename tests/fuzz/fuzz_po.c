/* Fuzz target: a translator's PO file is read without crashing or leaking, and whatever the
 * import then splices into a scenario-shaped document is still valid JSON. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/po.h"
#include "crossings/translate.h"
#include "jsonpos.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char doc[] =
    "{\n  \"languages\": [\n    {\"code\": \"en\", \"name\": \"English\"}\n  ],\n"
    "  \"title\": {\n    \"en\": \"Hi\"\n  },\n"
    "  \"items\": [{\"id\": \"a\", \"label\": {\"en\":\"x\", \"ko\": \"y\"}},\n"
    "            {\"label\": {\"en\": \"Two\\nlines\"}}]\n}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    crs_diags d = {0};
    crs_po *po = crs_po_parse("fuzz.po", (const char *)data, size, &d);
    if (po) {
        crs_buf out = {0};
        crs_translate_report r;
        crs_translate_opts o = {"zh-Hans", 1};
        if (crs_translate_import("doc.json", doc, strlen(doc), "fuzz.po", po, &o, &out, &r, &d) ==
            0) {
            jp_error e;
            if (jp_check_encoding(out.data, out.len, &e) || jp_scan(out.data, out.len, &e))
                abort(); /* the import wrote something that is not JSON */
        }
        crs_buf_free(&out);
    }
    crs_po_free(po);
    crs_diags_clear(&d);
    return 0;
}
