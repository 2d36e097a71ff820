"""Export flat tables: every figure of a dataset as CSV and as a pandas DataFrame.

One row per figure, with the records it sits in, its value, hedge and bounds, its
period, its source and its quote, so a spreadsheet or a dataframe keeps the provenance.
The pandas part needs pandas (``pip install "migrationhealth[pandas]"``); without it,
the script says so and still writes the CSV.

Run it with ``python examples/export_csv_and_pandas.py``.
"""

import csv
import tempfile
from pathlib import Path

import migrationhealth as mh
from migrationhealth.aggregation import MissingDependencyError, write_csv

dataset = mh.seed_corpus()

# CSV: one row per figure. Decimals keep their digits; empty cells are missing values.
records = mh.to_records(dataset)
path = Path(tempfile.mkdtemp()) / "figures.csv"
with path.open("w", encoding="utf-8", newline="") as stream:
    write_csv(records, stream)
print(f"wrote {len(records)} figures to {path}")

with path.open(encoding="utf-8", newline="") as stream:
    rows = list(csv.DictReader(stream))
print(f"columns: {', '.join(rows[0])}")
first = rows[0]
print(f"first row: {first['figure']} = {first['value']} {first['unit']} ({first['quote']!r})\n")

# pandas: the same table as a DataFrame, and an aggregation as one row per group.
try:
    frame = mh.to_frame(dataset)
except MissingDependencyError as error:
    print(f"skipping the DataFrame: {error}")
else:
    per_measure = (
        frame.groupby("measure", observed=True)["figure"].count().sort_values(ascending=False)
    )
    print("figures per measure:")
    print(per_measure.head(5).to_string())
    print()
    trained = mh.aggregate(dataset, measure="trained", by="country")
    print(mh.to_frame(trained)[["key", "label", "low", "high", "figures", "left_out"]].to_string())
