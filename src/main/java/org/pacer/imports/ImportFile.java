package org.pacer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pacer.common.CsvText;
import org.pacer.common.CsvText.CsvRecord;
import org.pacer.common.CsvText.MalformedCsv;

/**
 * An import file read against its kind's columns: the rows, or the problems of the file as a whole (size, encoding,
 * CSV syntax, header, row count), which leave no rows to check.
 */
record ImportFile(List<ImportRow> rows, List<String> problems) {

	/** An organisation's providers, people or relationships fit; a bigger file is split. */
	static final int MAX_ROWS = 10_000;

	static ImportFile read(byte[] content, List<ImportColumn> columns) {
		if (content.length > CsvText.MAX_BYTES) {
			return refused(CsvText.tooLarge(content.length));
		}
		List<CsvRecord> records;
		try {
			records = CsvText.records(content);
		}
		catch (MalformedCsv e) {
			return refused(e.getMessage());
		}
		if (records.isEmpty()) {
			return refused("The file is empty.");
		}
		Map<String, Integer> positions = new HashMap<>();
		List<String> problems = header(records.get(0), columns, positions);
		if (!problems.isEmpty()) {
			return new ImportFile(List.of(), problems);
		}
		List<CsvRecord> data = records.subList(1, records.size());
		if (data.isEmpty()) {
			return refused("The file has a header row but no rows under it.");
		}
		if (data.size() > MAX_ROWS) {
			return refused("The file has " + data.size() + " rows; import at most " + MAX_ROWS
					+ " at a time: split it and import the parts one after the other.");
		}
		List<ImportRow> rows = new ArrayList<>(data.size());
		for (CsvRecord record : data) {
			Map<String, String> cells = new LinkedHashMap<>();
			positions.forEach((name, index) -> {
				if (index < record.fields().size()) {
					String value = CsvText.original(record.fields().get(index).trim());
					if (!value.isEmpty()) {
						cells.put(name, value);
					}
				}
			});
			String shape = record.fields().size() > positions.size() ? "The row has " + record.fields().size()
					+ " fields but the header row " + positions.size() + "; a value with a comma needs quotes." : null;
			rows.add(new ImportRow(record.line(), cells, shape));
		}
		return new ImportFile(rows, List.of());
	}

	static ImportFile refused(String problem) {
		return new ImportFile(List.of(), List.of(problem));
	}

	private static List<String> header(CsvRecord header, List<ImportColumn> columns, Map<String, Integer> positions) {
		List<String> names = columns.stream().map(ImportColumn::name).toList();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
			if (!names.contains(name)) {
				problems.add("The header row has an unknown column '" + header.fields().get(i).trim()
						+ "'. The columns are " + String.join(", ", names) + ".");
			}
			else if (positions.putIfAbsent(name, i) != null) {
				problems.add("The header row names the column '" + name + "' twice.");
			}
		}
		for (ImportColumn column : columns) {
			if (column.required() && !positions.containsKey(column.name())) {
				problems.add("The first row must be the header row, with a '" + column.name() + "' column. The "
						+ "columns are " + String.join(", ", names) + ".");
			}
		}
		return problems;
	}
}
