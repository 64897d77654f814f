"""The bare script the command line is compared with: parse the JSON, index it with
Tantivy, answer one query. What anyone would write in twenty lines, no validation.

    python bench/bare_search.py FILE QUERY

Schema comparable to the viewer's: the symbol (stored, to print it) and one body field
of every text of the record, English-stemmed (the viewer's own analyzers are not used:
this is plain Tantivy). Prints the number of hits and the top 20 symbols.
"""

from __future__ import annotations

import json
import sys

import tantivy

TEXT_FIELDS = ("title", "agenda_item", "summary", "relevance", "text", "adoption")


def main() -> None:
    path, query = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("symbol", stored=True)
    builder.add_text_field("body", tokenizer_name="en_stem")
    schema = builder.build()
    index = tantivy.Index(schema)
    writer = index.writer()
    for record in data["resolutions"]:
        texts = [t for name in TEXT_FIELDS for t in (record.get(name) or {}).values()]
        writer.add_document(tantivy.Document(symbol=record["symbol"], body="\n".join(texts)))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    parsed = index.parse_query(query, ["symbol", "body"], conjunction_by_default=True)
    result = searcher.search(parsed, 20)
    print(f"{result.count} results")
    for _score, address in result.hits:
        print(searcher.doc(address)["symbol"][0])


if __name__ == "__main__":
    main()
