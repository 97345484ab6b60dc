/* The one translation from SDL events to actions. Touch is handled from SDL_FINGER* events;
 * the mouse events SDL synthesises from touches carry SDL_TOUCH_MOUSEID and are ignored. */
#include "shell/input.h"

/* Keys only facilitator mode gives a meaning to; elsewhere the app ignores them. */
static int facil_key(SDL_Keycode sym, int shift, crs_action *a)
{
    static const char keys[] = "jbnverw0+-";
    int c = sym == SDLK_KP_0         ? '0'
            : sym == SDLK_KP_PLUS    ? '+'
            : sym == SDLK_KP_MINUS   ? '-'
            : sym == SDLK_EQUALS     ? '+'
            : sym < 128 && sym > ' ' ? (int)sym
                                     : 0;
    if (!c || (shift && c != '+' && c != '=') || !SDL_strchr(keys, c)) return 0;
    a->kind = CRS_ACT_FACIL;
    a->n = c;
    return 1;
}

static int key_action(const SDL_KeyboardEvent *k, crs_action *a)
{
    SDL_Keycode sym = k->keysym.sym;
    int shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    /* Every key carries its character, so the code keypad can take letters and digits that
     * are also shortcuts (S, H, P, V, 1-9 ...). */
    if (!(k->keysym.mod & (KMOD_CTRL | KMOD_ALT)))
        a->ch = sym > 0 && sym < 128                   ? (int)sym
                : sym == SDLK_KP_0                     ? '0'
                : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? '1' + (int)(sym - SDLK_KP_1)
                                                       : 0;
    if (sym >= SDLK_1 && sym <= SDLK_9 && !shift) {
        a->kind = CRS_ACT_CHOOSE;
        a->n = (int)(sym - SDLK_1) + 1;
        return 1;
    }
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9) {
        a->kind = CRS_ACT_CHOOSE;
        a->n = (int)(sym - SDLK_KP_1) + 1;
        return 1;
    }
    if (!(k->keysym.mod & KMOD_CTRL) && facil_key(sym, shift, a)) return 1;
    switch (sym) {
    case SDLK_UP:
        a->kind = CRS_ACT_UP;
        break;
    case SDLK_DOWN:
        a->kind = CRS_ACT_DOWN;
        break;
    case SDLK_LEFT:
        a->kind = CRS_ACT_PREV;
        break;
    case SDLK_RIGHT:
        a->kind = CRS_ACT_NEXT;
        break;
    case SDLK_TAB:
        a->kind = shift ? CRS_ACT_PREV : CRS_ACT_NEXT;
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        a->kind = CRS_ACT_ACTIVATE;
        break;
    case SDLK_ESCAPE:
    case SDLK_BACKSPACE:
    case SDLK_AC_BACK:
        a->kind = CRS_ACT_BACK;
        a->n = sym == SDLK_BACKSPACE;
        break;
    case SDLK_PAGEUP:
        a->kind = CRS_ACT_PAGE_UP;
        break;
    case SDLK_PAGEDOWN:
        a->kind = CRS_ACT_PAGE_DOWN;
        break;
    case SDLK_HOME:
        a->kind = CRS_ACT_HOME;
        break;
    case SDLK_END:
        a->kind = CRS_ACT_END;
        break;
    case SDLK_F1:
    case SDLK_QUESTION:
        a->kind = CRS_ACT_HELP;
        break;
    case SDLK_SLASH:
        a->kind = shift ? CRS_ACT_HELP : CRS_ACT_NONE;
        break;
    case SDLK_F2:
    case SDLK_s:
        a->kind = CRS_ACT_SETTINGS;
        break;
    case SDLK_h:
        a->kind = CRS_ACT_HISTORY;
        break;
    case SDLK_l:
        a->kind = CRS_ACT_LANGUAGE;
        break;
    case SDLK_F12:
        a->kind = CRS_ACT_SCREENSHOT;
        break;
    case SDLK_q:
        a->kind = (k->keysym.mod & KMOD_CTRL) ? CRS_ACT_QUIT : CRS_ACT_NONE;
        break;
    case SDLK_p:
        a->kind = CRS_ACT_PAUSE;
        break;
    default:
        a->kind = CRS_ACT_NONE;
        break;
    }
    /* Letters and digits with no shortcut become CRS_ACT_CHAR. */
    if (a->kind == CRS_ACT_NONE && a->ch && SDL_isalnum(a->ch)) a->kind = CRS_ACT_CHAR;
    return a->kind != CRS_ACT_NONE;
}

static void mouse_pos(const crs_input_map *m, int x, int y, crs_action *a)
{
    float sx = m->win_w > 0 ? (float)m->out_w / (float)m->win_w : 1.0f;
    float sy = m->win_h > 0 ? (float)m->out_h / (float)m->win_h : 1.0f;
    a->x = (float)x * sx / m->scale;
    a->y = (float)y * sy / m->scale;
}

static void finger_pos(const crs_input_map *m, float nx, float ny, crs_action *a)
{
    a->x = nx * (float)m->out_w / m->scale;
    a->y = ny * (float)m->out_h / m->scale;
    a->touch = 1;
}

static int window_action(const SDL_WindowEvent *w, crs_action *a)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_RESIZED:
    case SDL_WINDOWEVENT_DISPLAY_CHANGED:
        a->kind = CRS_ACT_RESIZE;
        return 1;
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_RESTORED:
    case SDL_WINDOWEVENT_SHOWN:
        a->kind = CRS_ACT_REDRAW;
        return 1;
    default:
        return 0;
    }
}

int crs_input_translate(const SDL_Event *ev, const crs_input_map *m, crs_action *a)
{
    SDL_zerop(a);
    switch (ev->type) {
    case SDL_QUIT:
        a->kind = CRS_ACT_QUIT;
        return 1;
    case SDL_KEYDOWN:
        return key_action(&ev->key, a);
    case SDL_WINDOWEVENT:
        return window_action(&ev->window, a);
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT) return 0;
        a->kind = ev->type == SDL_MOUSEBUTTONDOWN ? CRS_ACT_POINTER_DOWN : CRS_ACT_POINTER_UP;
        mouse_pos(m, ev->button.x, ev->button.y, a);
        return 1;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID) return 0;
        a->kind = CRS_ACT_POINTER_MOVE;
        mouse_pos(m, ev->motion.x, ev->motion.y, a);
        return 1;
    case SDL_MOUSEWHEEL:
        if (ev->wheel.which == SDL_TOUCH_MOUSEID) return 0;
        a->kind = CRS_ACT_SCROLL;
        a->dy =
            (float)(ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? ev->wheel.y : -ev->wheel.y) *
            60.0f;
        return 1;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        a->kind = ev->type == SDL_FINGERDOWN ? CRS_ACT_POINTER_DOWN
                  : ev->type == SDL_FINGERUP ? CRS_ACT_POINTER_UP
                                             : CRS_ACT_POINTER_MOVE;
        finger_pos(m, ev->tfinger.x, ev->tfinger.y, a);
        return 1;
    default:
        return 0;
    }
}

const char *crs_action_name(crs_action_kind k)
{
    static const char *const names[] = {
        "none",   "up",           "down",         "next",       "prev",    "activate", "back",
        "choose", "pointer-down", "pointer-move", "pointer-up", "scroll",  "page-up",  "page-down",
        "home",   "end",          "help",         "settings",   "history", "language", "screenshot",
        "quit",   "resize",       "redraw",       "facil",      "pause",   "char"};
    if ((int)k < 0 || (size_t)k >= sizeof names / sizeof names[0]) return "?";
    return names[k];
}
