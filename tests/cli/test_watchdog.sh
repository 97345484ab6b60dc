#!/usr/bin/env bash
# The kiosk under a stand-in for systemd (Type=notify, WatchdogSec=1): its own NOTIFY_SOCKET
# receives READY=1 once the first frame is shown, then WATCHDOG=1 every half second from the
# loop; while the loop hangs (the script's test hook blocks it for 3 s) the pings stop, so
# systemd would kill and restart it; when the loop runs again, so do the pings.
. "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$SRC"
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/kiosk.json"
# Timed from the first screen, however long start-up takes (the script's clock starts earlier).
printf 'wait 10\nexpect attract\nwait 2500\nhang 3000\nwait 2000\nquit\n' >"$TMP/hang"
CHECKS=$((CHECKS + 1))
python3 - "$BIN" "$TMP" >"$TMP/report" 2>&1 <<'PY'
import os, socket, subprocess, sys, time
binary, tmp = sys.argv[1], sys.argv[2]
path = os.path.join(tmp, "notify.sock")
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
s.settimeout(0.1)
env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="1000000")
t0 = time.monotonic()
p = subprocess.Popen([binary, "--kiosk", "--config", os.path.join(tmp, "kiosk.json"),
                      "--allow-driver", "offscreen", "--script", os.path.join(tmp, "hang")],
                     env=env, stderr=subprocess.PIPE, text=True)
got = []
while p.poll() is None and time.monotonic() - t0 < 30:
    try:
        got.append((time.monotonic() - t0, s.recv(256).decode()))
    except socket.timeout:
        pass
err = p.communicate(timeout=10)[1]
fails = []
if not got or got[0][1] != "READY=1":
    fails.append("the first message is not READY=1: %r" % got[:2])
hang = next((l for l in err.splitlines() if "script: hang" in l), None)
pings = [t for t, m in got if m == "WATCHDOG=1"]
gaps = [b - a for a, b in zip(pings, pings[1:])]
print("pings at", ["%.2f" % t for t in pings])
print("gaps", ["%.2f" % g for g in gaps])
long = [i for i, g in enumerate(gaps) if g > 2.5]
if long and (long[0] + 1 < 3 or len(pings) - long[0] - 1 < 2):
    fails.append("too few pings around the hang: %d before, %d after" %
                 (long[0] + 1, len(pings) - long[0] - 1))
# Every half second (the median, so a busy machine's late ping does not fail the test) ...
if not gaps or not 0.35 < sorted(gaps)[len(gaps) // 2] < 0.75:
    fails.append("pings are not every half second")
# ... but none for the length of the hang: systemd (WatchdogSec=1) would have restarted us.
if not gaps or max(gaps) < 2.5:
    fails.append("the pings did not stop during the 3-second hang")
if sum(1 for g in gaps if g > 2.5) != 1:
    fails.append("more than one long silence")
if p.returncode != 0:
    fails.append("exit status %d" % p.returncode)
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
PY
st=$?
cat "$TMP/report"
[ "$st" -eq 0 ] || FAILS=$((FAILS + 1))
finish
