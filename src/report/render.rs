//! Writing a published report: Markdown for reading, CSV and JSON for other programs,
//! an Excel workbook (one sheet per table) for the people who receive it.

use rust_xlsxwriter::{Format, Workbook};

use super::tables::Published;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Xlsx,
}

pub fn markdown(report: &Published) -> String {
    let mut out = format!("# {}\n\n", report.title);
    for note in &report.notes {
        out.push_str(&format!("_{}_\n\n", escape_md(note)));
    }
    for table in &report.tables {
        out.push_str(&format!("## {}\n\n", table.title));
        if table.rows.is_empty() {
            out.push_str("–\n\n");
            continue;
        }
        let header: Vec<String> = table.header.iter().map(|h| escape_md(h)).collect();
        out.push_str(&format!("| {} |\n", header.join(" | ")));
        // Numbers right-aligned, words (labels, names) left.
        let numeric = |i: usize| {
            i > 0
                && table.rows.iter().all(|r| {
                    r.cells.get(i - 1).is_none_or(|c| {
                        c.parse::<f64>().is_ok() || c == "<5" || c == "x" || c == "–"
                    })
                })
        };
        let align: Vec<&str> = (0..header.len())
            .map(|i| if numeric(i) { "---:" } else { "---" })
            .collect();
        out.push_str(&format!("| {} |\n", align.join(" | ")));
        for row in &table.rows {
            let mut cells = vec![escape_md(&row.label)];
            cells.extend(row.cells.iter().map(|c| escape_md(c)));
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    }
    out
}

fn escape_md(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A report or table that could not be written out: the writer's own words (a
/// report holds counts and labels, nothing personal).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Utf8(#[from] std::string::FromUtf8Error),
}

impl RenderError {
    /// The reader of standard output went away (`| head`): not a failure.
    pub fn reader_gone(&self) -> bool {
        let io = match self {
            RenderError::Io(io) => Some(io),
            RenderError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => Some(io),
                _ => None,
            },
            _ => None,
        };
        io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// CSV: each table as a block (its title, its header, its rows) with an empty line
/// between blocks, so a spreadsheet shows them one under another.
pub fn csv(report: &Published) -> Result<String, RenderError> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record([&report.title])?;
    for note in &report.notes {
        writer.write_record([note])?;
    }
    for table in &report.tables {
        writer.write_record([""])?;
        writer.write_record([&table.title])?;
        writer.write_record(&table.header)?;
        for row in &table.rows {
            let mut record = vec![row.label.clone()];
            record.extend(row.cells.iter().cloned());
            writer.write_record(&record)?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?)
}

pub fn json(report: &Published) -> Result<String, RenderError> {
    Ok(serde_json::to_string_pretty(report)?)
}

/// An Excel workbook: a first sheet with the title and notes, then one sheet per
/// table. Numbers are written as numbers, "<5" and "x" as text.
pub fn xlsx(report: &Published) -> Result<Vec<u8>, RenderError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let first = book.add_worksheet();
    first.write_string_with_format(0, 0, &report.title, &bold)?;
    for (i, note) in report.notes.iter().enumerate() {
        first.write_string(i as u32 + 2, 0, note)?;
    }
    first.set_column_width(0, 80)?;
    for (n, table) in report.tables.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(n + 1, &table.title))?;
        sheet.write_string_with_format(0, 0, &table.title, &bold)?;
        for (c, name) in table.header.iter().enumerate() {
            sheet.write_string_with_format(2, c as u16, name, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 3;
            sheet.write_string(r, 0, &row.label)?;
            for (c, cell) in row.cells.iter().enumerate() {
                let c = c as u16 + 1;
                match cell.parse::<f64>() {
                    Ok(number) => sheet.write_number(r, c, number)?,
                    Err(_) => sheet.write_string(r, c, cell)?,
                };
            }
        }
        sheet.set_column_width(0, 40)?;
    }
    Ok(book.save_to_buffer()?)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique by
/// its number.
fn sheet_name(number: usize, title: &str) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .collect();
    let prefix = format!("{number} ");
    let room = 31 - prefix.chars().count();
    format!(
        "{prefix}{}",
        clean.chars().take(room).collect::<String>().trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        let name = sheet_name(
            12,
            "Ανά ευάλωτη ομάδα (ένα άτομο μπορεί: να ανήκει σε πολλές)",
        );
        assert!(name.chars().count() <= 31);
        assert!(name.starts_with("12 Ανά"));
        assert!(!name.contains(':'));
    }
}
