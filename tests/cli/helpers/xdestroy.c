/* Test helper: as a hostile or confused X client would, destroys every mapped top-level window
 * on $DISPLAY (under Xvfb without a window manager: the kiosk's). */
#include <X11/Xlib.h>
#include <stdio.h>

int main(void)
{
    Display *d = XOpenDisplay(NULL);
    if (!d) return 2;
    Window root, parent, *kids = NULL;
    unsigned int n = 0, gone = 0;
    XQueryTree(d, DefaultRootWindow(d), &root, &parent, &kids, &n);
    for (unsigned int i = 0; i < n; i++) {
        XWindowAttributes wa;
        if (XGetWindowAttributes(d, kids[i], &wa) && wa.map_state == IsViewable) {
            XDestroyWindow(d, kids[i]);
            gone++;
        }
    }
    XSync(d, False);
    if (kids) XFree(kids);
    XCloseDisplay(d);
    printf("destroyed %u window(s)\n", gone);
    return gone ? 0 : 1;
}
