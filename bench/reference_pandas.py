#!/usr/bin/env python3
"""The reference an analyst would write by hand: normalise names, drop exact duplicates, write a CSV.

The offline command must be no slower end to end than this on the same workbook
(`npm run bench` runs both and prints the ratio). Needs Debian's python3-pandas and
python3-openpyxl: apt-get install -y python3-pandas python3-openpyxl
"""
import sys
import time
import unicodedata

import pandas as pd


def normalise_name(value):
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(text.split()).title()


def main(source, target):
    started = time.perf_counter()
    frame = pd.read_excel(source, sheet_name="Danh sách", dtype=object)
    name_column = next(c for c in frame.columns if "tên" in str(c).lower() and "họ" in str(c).lower())
    frame[name_column] = frame[name_column].map(normalise_name)
    frame = frame.dropna(how="all").drop_duplicates()
    frame.to_csv(target, index=False, encoding="utf-8-sig")
    print(f"{len(frame)} rows in {(time.perf_counter() - started) * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
