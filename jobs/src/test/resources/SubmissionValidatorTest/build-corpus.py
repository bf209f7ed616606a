#!/usr/bin/env python3
"""Writes the bad-input corpus of SubmissionValidatorTest: one small submission per case folder.

Every case starts from the same valid base (30 cases, 90 events, THA, 2026-10-05) and changes one
thing. Run make-manifests.py afterwards to fill in rows and sha256 (it skips the cases that break
them on purpose). Line numbers named in the comments are physical lines, header = 1.
"""
import hashlib, json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CASE_COLS = ["case_id", "person_token", "sex", "age_at_identification", "age_uncertain", "presumed_child",
             "nationality", "case_type", "country_of_exploitation", "exploitation_types", "bilateral_ref"]
EVENT_COLS = ["case_id", "event_type", "event_date", "detail", "counterpart_country", "flags"]


def base_cases():
    rows = []
    for i in range(1, 31):
        rows.append({"case_id": f"C{i:03d}", "person_token": hashlib.sha256(f"p{i}".encode()).hexdigest(),
                     "sex": "FMXU"[i % 4], "age_at_identification": str(10 + i), "age_uncertain": "N",
                     "presumed_child": "", "nationality": "MMR" if i % 3 == 0 else "THA",
                     "case_type": "IDENTIFIED_HERE", "country_of_exploitation": "THA",
                     "exploitation_types": "FORCED_LABOUR", "bilateral_ref": ""})
    return rows


def base_events():
    rows = []
    for i in range(1, 31):
        cid = f"C{i:03d}"
        rows.append({"case_id": cid, "event_type": "SCREENED", "event_date": "2026-01-10", "detail": "",
                     "counterpart_country": "", "flags": ""})
        rows.append({"case_id": cid, "event_type": "INTERVIEWED", "event_date": "2026-01-12", "detail": "",
                     "counterpart_country": "", "flags": "INTERPRETER"})
        rows.append({"case_id": cid, "event_type": "IDENTIFIED", "event_date": "2026-02-01", "detail": "VICTIM",
                     "counterpart_country": "", "flags": ""})
    return rows


def case_line(i):  # C{i:03d} is on this line of the base cases.csv
    return i + 1


def event_line(i, k):  # event k (0 SCREENED, 1 INTERVIEWED, 2 IDENTIFIED) of case i
    return 2 + 3 * (i - 1) + k


def quote(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


def csv_text(cols, rows, nl="\n"):
    out = [",".join(cols)] + [",".join(quote(r.get(c, "")) for c in cols) for r in rows]
    return nl.join(out) + nl


def manifest(country="THA", date="2026-10-05", key="regional-2026a", version="1.0"):
    return {"format": "gms-case-extract", "format_version": version, "reporting_country": country,
            "extract_date": date, "linkage_key_id": key,
            "files": {"cases.csv": {"rows": 0, "sha256": "0" * 64}, "events.csv": {"rows": 0, "sha256": "0" * 64}}}


def write(name, cases=None, events=None, man=None, country="THA", date="2026-10-05", raw_manifest=None,
          extra=None, cases_bytes=None, events_bytes=None):
    d = os.path.join(HERE, name, country, date)
    os.makedirs(d, exist_ok=True)
    if raw_manifest is not None:
        open(os.path.join(d, "manifest.json"), "w").write(raw_manifest)
    elif man is not False:
        json.dump(man or manifest(), open(os.path.join(d, "manifest.json"), "w"), indent=2)
    if cases_bytes is not None:
        open(os.path.join(d, "cases.csv"), "wb").write(cases_bytes)
    elif cases is not False:
        open(os.path.join(d, "cases.csv"), "w", newline="").write(cases or csv_text(CASE_COLS, base_cases()))
    if events_bytes is not None:
        open(os.path.join(d, "events.csv"), "wb").write(events_bytes)
    elif events is not False:
        open(os.path.join(d, "events.csv"), "w", newline="").write(events or csv_text(EVENT_COLS, base_events()))
    for fname, content in (extra or {}).items():
        open(os.path.join(d, fname), "w").write(content)


def with_case(i, **changes):
    rows = base_cases()
    rows[i - 1].update(changes)
    return csv_text(CASE_COLS, rows)


def with_event(i, k, **changes):
    rows = base_events()
    rows[3 * (i - 1) + k].update(changes)
    return csv_text(EVENT_COLS, rows)


def main():
    for entry in os.listdir(HERE):
        if os.path.isdir(os.path.join(HERE, entry)):
            shutil.rmtree(os.path.join(HERE, entry))

    # --- valid
    write("valid")
    # --- submission level
    write("manifest-missing", man=False)
    write("manifest-bad-json", raw_manifest='{"format": "gms-case-extract", "format_version": "1.0",\n')
    m = manifest(); m["format"] = "other-extract"; write("manifest-wrong-format", man=m)
    m = manifest(); del m["linkage_key_id"]; write("manifest-missing-field", man=m)
    write("format-unsupported", man=manifest(version="2.0"))
    write("format-minor-version", man=manifest(version="1.3"))  # accepted: any 1.x
    write("folder-mismatch", man=manifest(country="LAO"))
    write("extract-date-future", man=manifest(date="2099-01-01"), date="2099-01-01")
    write("file-missing", events=False)
    write("unexpected-file", extra={"notes.txt": "stray export\n"})
    write("checksum-mismatch")       # make-manifests.py corrupts the sha256 of events.csv
    write("row-count-mismatch")      # make-manifests.py declares one row too many in cases.csv
    lines = csv_text(EVENT_COLS, base_events()).encode().split(b"\n")
    lines[4] = lines[4].replace(b"SCREENED", b"SCREEN\xffED")  # line 5
    write("encoding-invalid", events_bytes=b"\n".join(lines))
    write("unknown-column", cases=csv_text(CASE_COLS + ["name"], base_cases()))
    write("missing-column", cases=csv_text([c for c in CASE_COLS if c != "sex"], base_cases()))
    write("duplicate-column", events=csv_text(EVENT_COLS + ["flags"], base_events()))
    write("token-without-key", man=manifest(key=None))
    ev = base_events()
    for n in range(7):  # 7 bad of 120 rows = 5.8 %
        ev[n * 3]["event_date"] = "2026-13-01"
    write("too-many-rejected", events=csv_text(EVENT_COLS, ev))
    ev = base_events()
    for n in range(6):  # 6 of 120 = exactly 5 %: still accepted
        ev[n * 3]["event_date"] = "2026-13-01"
    write("exactly-five-percent", events=csv_text(EVENT_COLS, ev))

    # --- row level
    text = csv_text(EVENT_COLS, base_events()).split("\n")
    text[2] = text[2].replace("INTERVIEWED", 'INTER"VIEWED')   # line 3: quote inside an unquoted field
    text[5] = text[5] + ",EXTRA"                               # line 6: one field too many
    text[8] = ""                                               # line 9: empty line in the middle
    text[13] = text[13].replace(',SCREENED,', ',"SCREENED,', 1)  # line 14: a quote left open ...
    text[14] = text[14].replace("2026-01-12", '2026-01-12"x', 1)  # ... closes on line 15 with text after it
    write("malformed-lines", events="\n".join(text))
    write("missing-value", cases=with_case(3, sex=""))
    write("bad-value-age", cases=with_case(3, age_at_identification="121"))
    write("bad-value-token", cases=with_case(4, person_token="ABC"))
    write("bad-value-case-id", cases=with_case(5, case_id="C 005"))
    write("bad-enum", cases=with_case(3, case_type="TOURIST"))
    write("bad-enum-detail", events=with_event(2, 2, detail="MEDICAL"))
    write("bad-enum-empty-element", cases=with_case(3, exploitation_types="SEXUAL;;BEGGING"))
    write("bad-country", cases=with_case(3, nationality="ZZZ"))
    write("bad-country-stateless-counterpart",
          events=with_event(2, 0, event_type="INFO_SHARED", counterpart_country="XXA"))
    write("bad-date", events=with_event(2, 0, event_date="2026-02-30"))
    write("date-out-of-range", events=with_event(2, 0, event_date="1999-12-31"))
    write("date-after-extract", events=with_event(2, 0, event_date="2026-10-06"))
    rows = base_cases() + [dict(base_cases()[4], sex="F")]  # line 32 repeats C005 of line 6
    write("duplicate-case-id", cases=csv_text(CASE_COLS, rows))
    ev = base_events() + [{"case_id": "C999", "event_type": "SCREENED", "event_date": "2026-01-10"}]
    write("orphan-event", events=csv_text(EVENT_COLS, ev))  # line 92
    write("detail-missing", events=with_event(2, 2, detail=""))
    write("detail-forbidden", events=with_event(2, 0, detail="VICTIM"))
    write("counterpart-missing", events=with_event(2, 0, event_type="INFO_SHARED"))
    write("counterpart-forbidden", events=with_event(2, 0, counterpart_country="VNM"))
    write("counterpart-own-country", events=with_event(2, 0, event_type="INFO_SHARED", counterpart_country="THA"))
    # determinism: two defects, the earlier reason wins
    write("two-defects-case", cases=with_case(3, sex="Q", nationality="ZZZ"))            # BAD_ENUM (sex first)
    write("two-defects-event", events=with_event(2, 0, event_date="2026-13-01", detail="VICTIM"))  # BAD_DATE
    write("two-defects-missing", events=with_event(2, 0, event_type="NOPE", event_date=""))  # MISSING_VALUE

    # --- warnings
    ev = base_events()
    ev[3 * 1 + 0].update(event_type="RETURN_DEPARTED", event_date="2026-01-20", counterpart_country="MMR")  # line 5: before IDENTIFIED 02-01
    ev[3 * 2 + 0].update(event_type="DETENTION_ENDED")  # line 8: no DETAINED
    write("event-order", events=csv_text(EVENT_COLS, ev))
    ev = base_events()
    ev[3 * 1 + 1].update(event_type="CASE_CLOSED", detail="DECEASED", event_date="2026-01-11", flags="")  # line 6
    write("event-after-death", events=csv_text(EVENT_COLS, ev))  # line 7 (IDENTIFIED 02-01) is after it
    write("flag-not-applicable", events=with_event(2, 0, flags="ESCORTED;CONSENT"))
    ev = [e for e in base_events() if e["case_id"] != "C004"]
    write("case-without-events", events=csv_text(EVENT_COLS, ev))  # cases.csv line 5
    rows = base_cases()
    rows[5]["person_token"] = rows[2]["person_token"]  # C006 shares C003's token
    rows[2]["sex"], rows[5]["sex"] = "F", "M"
    write("token-sex-conflict", cases=csv_text(CASE_COLS, rows))  # lines 4 and 7

    # --- valid oddities
    write("utf8-bom", cases=None, cases_bytes=b"\xef\xbb\xbf" + csv_text(CASE_COLS, base_cases()).encode())
    write("crlf", cases=csv_text(CASE_COLS, base_cases(), "\r\n"), events=csv_text(EVENT_COLS, base_events(), "\r\n"))
    write("column-order", cases=csv_text(list(reversed(CASE_COLS)), base_cases()),
          events=csv_text(["flags", "event_date", "case_id", "detail", "event_type", "counterpart_country"], base_events()))
    write("no-trailing-newline", events=csv_text(EVENT_COLS, base_events()).rstrip("\n"))
    write("empty-line-at-end", events=csv_text(EVENT_COLS, base_events()) + "\n")
    write("optional-columns-left-out",
          cases=csv_text(["case_id", "sex", "nationality", "case_type"], base_cases()),
          events=csv_text(["case_id", "event_type", "event_date", "detail"], base_events()))
    write("quoted-fields", cases=csv_text(CASE_COLS, base_cases()).replace(",N,,", ',"N","",', 1).replace(',F,', ',"F",'))
    write("header-only", cases=csv_text(CASE_COLS, []), events=csv_text(EVENT_COLS, []), man=manifest(key=None))
    write("repeated-codes", cases=with_case(3, exploitation_types="SEXUAL;BEGGING;SEXUAL"))
    write("stateless-nationality", cases=with_case(3, nationality="XXA"))

    # --- hostile input (amendment 1.0.1); cases too big or too odd for files here are built by HostileInputTest
    write("country-not-participating", country="XXX", man=manifest(country="XXX"))
    write("linkage-key-invalid", man=manifest(key="Nguyen Van A +84 912 345 678"))
    write("linkage-key-too-long", man=manifest(key="k" * 65))
    write("format-version-control-chars", man=manifest(version="\u001b]0;owned\u0007\u001b[2J1.0"))
    rows = base_cases()
    for r in rows:
        r["case_id"] = r["case_id"].lower()
    write("header-row-missing", cases="\n".join(csv_text(CASE_COLS, rows).split("\n")[1:]))
    write("unknown-column-unprintable",
          cases=csv_text(CASE_COLS + ["name", "Nguyễn Thị Đào", "+84912345678"], base_cases()))
    write("field-too-long", cases=with_case(3, exploitation_types=";".join(["SEXUAL"] * 800)))  # 5,599 characters


if __name__ == "__main__":
    main()
