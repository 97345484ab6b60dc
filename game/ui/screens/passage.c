/* Texts that content tags cover, shown as the player asked: in full, or in short-summary mode
 * as their neutral summary (or, without one, a plain line that the full account is held back),
 * so kiosks and younger groups never meet an untagged detail by the back door. */
#include "shell/ui.h"

void crs_ui_passage(crs_app *a, crs_page *p, crs_font f, const crs_text *text,
                    const crs_text *summary, int covered, int note)
{
    if (!a->summaries || !covered) {
        crs_page_text(p, f, CRS_COL_INK, crs_app_text(a, text));
        return;
    }
    const char *sum = crs_app_text(a, summary);
    crs_page_text(p, f, *sum ? CRS_COL_INK : CRS_COL_MUTED,
                  *sum ? sum : crs_app_str(a, S_SUMMARY_WITHHELD));
    if (!note) return;
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_app_str(a, S_SUMMARY_SHOWN));
}
