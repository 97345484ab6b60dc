/* The one place where layers are registered: the modes over the game, in the order their
 * hooks run. Adding a mode is a folder of its own and one line here (docs/ARCHITECTURE.md).
 * This folder depends on the modes; the shell only on the list it defines. */
#include "access/extras.h"
#include "author/watch.h"
#include "drivers/script.h"
#include "facilitator/facil.h"
#include "kiosk/kiosk.h"

const crs_layer_ops *const crs_ui_layers[] = {
    &crs_kiosk_layer,  /* museum kiosk: before the window (full screen), first to see events */
    &crs_script_layer, /* timed actions from a file (tests, automation) */
    &crs_facil_layer,  /* workshop facilitator */
    &crs_watch_layer,  /* live preview of a scenario file being written */
    &crs_access_layer, /* accessibility and classroom extras: always on */
};
const int crs_ui_nlayers = (int)(sizeof crs_ui_layers / sizeof crs_ui_layers[0]);
