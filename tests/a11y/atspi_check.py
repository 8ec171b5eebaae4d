#!/usr/bin/env python3
"""Reads bbviewer through AT-SPI, as Orca does, and fails on what a screen reader would miss.

Usage (on a private D-Bus session with a display, as tests/a11y/run_atspi_check.sh does):
    atspi_check.py BBVIEWER demo     # --demo BBUser00000: the tabs, tables, charts and names
    atspi_check.py BBVIEWER login    # the welcome screen, then the embedded login page, which
                                     # it fills in and submits through AT-SPI alone

Prints what it read; exits 1 with the reasons when something cannot be read.
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

# Roles a person acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "page tab", "page tab list", "table",
    "tree table", "tree", "list", "link", "menu item", "check menu item",
}
# Their contents are named by their data (cells, rows) and checked through the Table interface.
CONTAINERS = {"table", "tree table", "tree", "list", "menu bar", "menu"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def safe(fn, default=None):
    try:
        return fn()
    except Exception:  # an element that went away while being read
        return default


def children(acc):
    count = safe(lambda: acc.childCount, 0)
    for i in range(min(count, 200)):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def walk(acc, visit, depth=0):
    """Visits every showing element (depth first, in reading order)."""
    if depth > 40:
        return
    state = safe(acc.getState)
    if state is None:
        return
    if safe(acc.getRoleName) != "application" and not state.contains(pyatspi.STATE_SHOWING):
        return
    visit(acc, depth)
    if safe(acc.getRoleName) in CONTAINERS:
        return
    for child in children(acc):
        walk(child, visit, depth + 1)


def find_all(root, predicate):
    found = []
    walk(root, lambda acc, depth: found.append(acc) if safe(lambda: predicate(acc)) else None)
    return found


def wait_for(what, probe, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        result = safe(probe)
        if result:
            return result
        time.sleep(0.5)
    fail(f"timed out waiting for {what}")
    return None


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        if safe(lambda: app.name) == "bbviewer":
            return app
    return None


def check_names(root, screen):
    """Every focusable or interactive element has a name."""
    seen = []

    def visit(acc, depth):
        role = acc.getRoleName()
        name = (acc.name or "").strip()
        state = acc.getState()
        seen.append(f"{'  ' * depth}{role} '{name}'")
        # A web page's <label> is named by the text inside it.
        named_inside = role == "label" and any(safe(lambda: c.name) for c in children(acc))
        if role in INTERACTIVE or state.contains(pyatspi.STATE_FOCUSABLE):
            if not name and not named_inside:
                parent = safe(lambda: acc.parent)
                fail(f"{screen}: {role} without a name (in {safe(lambda: parent.getRoleName())} "
                     f"'{safe(lambda: parent.name)}')")

    walk(root, visit)
    return seen


def check_table(table, screen):
    """A table says its name and the header of each column."""
    ti = safe(table.queryTable)
    if ti is None:
        fail(f"{screen}: table '{table.name}' has no Table interface")
        return
    headers = [safe(lambda: ti.getColumnHeader(c).name, "") or safe(lambda: ti.getColumnDescription(c), "")
               for c in range(min(ti.nColumns, 12))]
    print(f"  table '{table.name}': {ti.nRows} rows, columns {headers}")
    if not table.name:
        fail(f"{screen}: a table without a name")
    if ti.nColumns and not all(headers):
        fail(f"{screen}: table '{table.name}' has columns without a header: {headers}")


def press(acc):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click", "activate", "SetFocus", "jump"):
            action.doAction(i)
            return True
    if action.nActions:
        action.doAction(0)
        return True
    return False


def run_demo(app):
    frame = wait_for("the main window", lambda: next(iter(find_all(app, lambda a: a.getRoleName() == "frame")), None))
    tabs = wait_for("the data tabs", lambda: [t for t in find_all(frame, lambda a: a.getRoleName() == "page tab")
                                              if t.name in ("Overview", "Claims")])
    if not frame or not tabs:
        return
    # The claims arrive in pages: wait for the last one.
    wait_for("the download to finish", lambda: find_all(frame, lambda a: a.getRoleName() == "label"
                                                         and "claims loaded" in a.name), 90)
    names = [t.name for t in find_all(frame, lambda a: a.getRoleName() == "page tab")]
    print("tabs:", names)
    for expected in ("Overview", "Patient", "Coverage", "Claims", "Drugs"):
        if expected not in names:
            fail(f"tab {expected} not exposed")
    status = find_all(frame, lambda a: a.getRoleName() == "status bar")
    print("status bar says:", [s.name for s in status])
    for tab_name in ("Overview", "Patient", "Coverage", "Claims", "Drugs"):
        tab = next(t for t in find_all(frame, lambda a: a.getRoleName() == "page tab") if t.name == tab_name)
        press(tab)
        time.sleep(1.0)
        print(f"--- {tab_name}")
        read = check_names(frame, tab_name)
        for line in read[:0]:
            print(line)
        for table in find_all(frame, lambda a: a.getRoleName() in ("table", "tree table")):
            check_table(table, tab_name)
        if tab_name == "Overview":
            charts = [c for c in find_all(frame, lambda a: "chart" in (a.name or "").lower()
                                          or "per year" in (a.name or "") or "12 months" in (a.name or ""))
                      if c.description]
            for chart in charts:
                print(f"  chart '{chart.name}': {chart.description[:160]}…")
            if len(charts) < 2:
                fail("Overview: the charts have no text description")
        # The pages of the other tabs must not be read.
        others = [t for t in ("Patient", "Coverage", "Drugs") if t != tab_name]
        del others


def run_login(app):
    frame = wait_for("the welcome screen", lambda: next(iter(find_all(app, lambda a: a.getRoleName() == "frame")), None))
    if not frame:
        return
    check_names(frame, "welcome")
    demo = wait_for("the demo button", lambda: next(iter(find_all(
        frame, lambda a: a.getRoleName() == "push button" and "demo" in a.name.lower())), None))
    if not demo:
        return
    print("pressing:", demo.name)
    press(demo)
    dialog = wait_for("the login dialog", lambda: next(iter(
        find_all(app, lambda a: a.getRoleName() == "dialog")), None), 30)
    if not dialog:
        return
    print("dialog:", dialog.name)
    # The page's own tree: Chromium's document with the form's label, field and button.
    entry = wait_for("the user name field of the login page", lambda: next(iter(find_all(
        dialog, lambda a: a.getRoleName() in ("entry", "text") and a.getState().contains(pyatspi.STATE_EDITABLE)
        and a.name)), None), 60)
    documents = find_all(dialog, lambda a: a.getRoleName() in ("document web", "document frame"))
    print("web documents:", [(d.getRoleName(), d.name) for d in documents])
    if not entry:
        return
    print(f"login page field: {entry.getRoleName()} '{entry.name}'")
    for line in check_names(dialog, "login page"):
        print("  " + line)
    # Fill it in and go on, as a screen reader user would: focus the field, type.
    entry.queryComponent().grabFocus()
    time.sleep(0.5)
    try:
        entry.queryEditableText().setTextContents("BBUser00000")
    except NotImplementedError:
        pyatspi.Registry.generateKeyboardEvent(0, "BBUser00000", pyatspi.KEY_STRING)
    time.sleep(0.5)
    typed = safe(lambda: entry.queryText().getText(0, -1))
    print("typed:", typed)
    if typed != "BBUser00000":
        fail("login page: the user name field did not take the typed text")
        return
    button = next(iter(find_all(dialog, lambda a: a.getRoleName() == "push button"
                                 and a.name == "Continue")), None)
    if button is None:
        fail("login page: no Continue button")
    # Enter submits the form, as for anyone on a keyboard.
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)
    password = wait_for("the password field", lambda: next(iter(find_all(
        dialog, lambda a: a.getRoleName() == "password text")), None), 30)
    if not password:
        return
    print(f"login page field: password text '{password.name}'")
    if not password.name:
        fail("login page: the password field has no name")
    password.queryComponent().grabFocus()
    time.sleep(0.5)
    pyatspi.Registry.generateKeyboardEvent(0, "PW00000!", pyatspi.KEY_STRING)
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)
    # The consent page: what is shared, and the Connect button.
    connect = wait_for("the consent page's Connect button", lambda: next(iter(find_all(
        dialog, lambda a: a.getRoleName() == "push button" and a.name
        and a.name.lower().startswith("connect"))), None), 30)
    if not connect:
        return
    for line in check_names(dialog, "consent page"):
        print("  " + line)
    connect.queryComponent().grabFocus()
    time.sleep(0.5)
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)
    # Signed in: the dialog closes and the tabs appear.
    tabs = wait_for("the data tabs after the login", lambda: [t for t in find_all(
        app, lambda a: a.getRoleName() == "page tab") if t.name == "Claims"], 60)
    if tabs:
        print("signed in through the login page by keyboard and AT-SPI alone")


def main():
    exe, mode = sys.argv[1], sys.argv[2]
    config = tempfile.mkdtemp(prefix="bbviewer-atspi-")
    env = dict(os.environ, XDG_CONFIG_HOME=config, XDG_DATA_HOME=config, LANG="en_US.UTF-8",
               QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               QTWEBENGINE_DISABLE_SANDBOX="1", QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu")
    args = [exe, "--lang", "en"] + (["--demo", "BBUser00000"] if mode == "demo" else [])
    # The accessibility bus first, so the app finds it when it starts.
    safe(lambda: pyatspi.Registry.getDesktop(0).childCount)
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app = wait_for("bbviewer on the accessibility bus", application, 60)
        if app:
            (run_demo if mode == "demo" else run_login)(app)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    print(f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
