//! `kentro export TABLE`: every table a centre is asked for (people, households,
//! visits, tickets, referrals, services, appointments, activities, enrolments,
//! attendance, hand-outs) as CSV, as CSV that Greek Excel opens by double-click
//! (`--excel`), or as an Excel workbook (`--format xlsx`).
//!
//! Who may export which table, and what of each cell they see, is the privacy rule's
//! (`domain::export` asks `domain::access`). Each export writes one audit row (the
//! table, the format, the rows: nothing about anyone) before anything is written.
//! Files are written whole or not at all, owner-only (`fsio`); a bar shows progress on
//! a terminal and nothing when standard error is not one.

use crate::report::render::RenderError;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::progress::Progress;
use super::{ExportWhat, TableArgs, TableFormat};
use crate::domain::access::Scope;
use crate::domain::export::{Column, Table, may_export, shown_cell};
use crate::domain::records::Staff;
use crate::fsio::{self, Existing};
use crate::store::{ExportRow, Stamp, Store};

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Plain CSV: UTF-8, `,`, LF; what `kentro import` and scripts read.
    Csv,
    /// For Greek Excel: UTF-8 with a byte-order mark, `;`, CRLF, identifiers as text.
    Excel,
    /// An .xlsx workbook.
    Xlsx,
}

impl Shape {
    fn of(args: &TableArgs) -> Shape {
        match (args.excel, args.format) {
            (true, _) => Shape::Excel,
            (false, Some(TableFormat::Xlsx)) => Shape::Xlsx,
            (false, _) => Shape::Csv,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Shape::Csv => "csv",
            Shape::Excel => "excel",
            Shape::Xlsx => "xlsx",
        }
    }
}

/// The table and its arguments, for every export but a person's.
pub fn table_of(what: &ExportWhat) -> Option<(Table, &TableArgs)> {
    Some(match what {
        ExportWhat::People(a) => (Table::People, a),
        ExportWhat::Households(a) => (Table::Households, a),
        ExportWhat::Visits(a) => (Table::Visits, a),
        ExportWhat::Tickets(a) => (Table::Tickets, a),
        ExportWhat::Referrals(a) => (Table::Referrals, a),
        ExportWhat::Services(a) => (Table::Services, a),
        ExportWhat::Appointments(a) => (Table::Appointments, a),
        ExportWhat::Activities(a) => (Table::Activities, a),
        ExportWhat::Enrolments(a) => (Table::Enrolments, a),
        ExportWhat::Attendance(a) => (Table::Attendance, a),
        ExportWhat::Handouts(a) => (Table::Handouts, a),
        ExportWhat::Person { .. } => return None,
    })
}

/// A cell for Excel. Identifiers and phone numbers, and any number Excel would
/// change (a leading zero, more than 15 digits), are written as the formula
/// `="..."`, which Excel shows as that text (a leading apostrophe is not honoured
/// in a CSV file: Excel shows it). Other text that Excel would take for a formula
/// (`=`, `+`, `-`, `@` first) gets an apostrophe in front, so a name typed at the
/// desk never runs as one.
pub fn excel_cell(column: Column, value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    let digits = value.chars().all(|c| c.is_ascii_digit());
    let changed_by_excel =
        digits && (value.len() > 15 || (value.len() > 1 && value.starts_with('0')));
    // A formula's text may hold 255 characters.
    if (column.is_identifier() || changed_by_excel) && value.chars().count() <= 255 {
        return format!("=\"{}\"", value.replace('"', "\"\""));
    }
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        return format!("'{value}");
    }
    value.to_string()
}

/// The rows as the viewer may see them, each cell through the privacy rule; counts
/// the cells withheld.
struct Shaper<'a> {
    viewer: crate::domain::access::Viewer,
    columns: &'a [Column],
    withheld: u64,
}

impl Shaper<'_> {
    fn shape(&mut self, row: &ExportRow) -> Vec<String> {
        let scope = match &row.owner {
            Some(owner) => Scope::Organisation {
                owner,
                consent_to_share: row.consent,
            },
            None => Scope::Centre,
        };
        let mut out = Vec::with_capacity(self.columns.len());
        for (column, value) in self.columns.iter().zip(&row.cells) {
            match shown_cell(&self.viewer, *column, value, scope) {
                Some(text) => out.push(text),
                None => {
                    self.withheld += 1;
                    out.push(String::new());
                }
            }
        }
        out
    }
}

/// Writes the table as CSV (plain or for Excel) to `out`; returns the rows written.
fn write_csv(
    store: &Store,
    table: Table,
    shape: Shape,
    shaper: &mut Shaper<'_>,
    progress: &Progress,
    mut out: impl Write,
) -> Result<u64, crate::Error> {
    let mut builder = csv::WriterBuilder::new();
    if shape == Shape::Excel {
        out.write_all("\u{feff}".as_bytes())
            .map_err(RenderError::from)?;
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    let mut writer = builder.from_writer(out);
    let columns = table.columns();
    writer
        .write_record(columns.iter().map(|c| c.name))
        .map_err(RenderError::from)?;
    let mut count: u64 = 0;
    store.for_each_export_row(table, &shaper.viewer.organisation.clone(), |row| {
        let cells = shaper.shape(&row);
        let cells: Vec<String> = if shape == Shape::Excel {
            columns
                .iter()
                .zip(&cells)
                .map(|(c, v)| excel_cell(*c, v))
                .collect()
        } else {
            cells
        };
        writer.write_record(&cells).map_err(RenderError::from)?;
        count += 1;
        if count.is_multiple_of(1000) {
            progress.set(count);
        }
        Ok::<(), crate::Error>(())
    })?;
    writer.flush().map_err(RenderError::from)?;
    Ok(count)
}

/// The table as an .xlsx workbook: one sheet, the header in bold and frozen,
/// identifiers and phones as text cells (an AMKA keeps its leading zero), whole
/// numbers elsewhere as numbers.
fn xlsx(
    store: &Store,
    table: Table,
    shaper: &mut Shaper<'_>,
    progress: &Progress,
) -> Result<(Vec<u8>, u64), crate::Error> {
    use rust_xlsxwriter::{Format, Workbook};
    let fail = RenderError::from;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name(table.name()).map_err(fail)?;
    let columns = table.columns();
    for (c, column) in columns.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, column.name, &bold)
            .map_err(fail)?;
        if column.is_identifier() {
            sheet.set_column_format(c as u16, &text).map_err(fail)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    let mut count: u32 = 0;
    store.for_each_export_row(table, &shaper.viewer.organisation.clone(), |row| {
        let cells = shaper.shape(&row);
        count += 1;
        for (c, (column, value)) in columns.iter().zip(&cells).enumerate() {
            let c = c as u16;
            let whole = value.parse::<i64>().ok().filter(|n| {
                n.unsigned_abs() < 1_000_000_000_000_000 && !value.starts_with(['0', '+'])
                    || value == "0"
            });
            match whole {
                Some(n) if !column.is_identifier() => {
                    sheet.write_number(count, c, n as f64).map_err(fail)?;
                }
                _ if value.is_empty() => {}
                _ if column.is_identifier() => {
                    sheet
                        .write_string_with_format(count, c, value, &text)
                        .map_err(fail)?;
                }
                _ => {
                    sheet.write_string(count, c, value).map_err(fail)?;
                }
            }
        }
        if count.is_multiple_of(1000) {
            progress.set(u64::from(count));
        }
        Ok::<(), crate::Error>(())
    })?;
    sheet
        .autofilter(0, 0, count, columns.len().saturating_sub(1) as u16)
        .map_err(fail)?;
    Ok((book.save_to_buffer().map_err(fail)?, u64::from(count)))
}

/// `kentro export TABLE [--out FILE] [--excel | --format csv|xlsx]`.
pub fn run(
    store: &mut Store,
    me: &Staff,
    table: Table,
    args: &TableArgs,
) -> Result<ExitCode, crate::Error> {
    let viewer = me.viewer();
    if !may_export(&viewer, table) {
        return Err(crate::Error::refused(
            crate::i18n::errors::ErrMsg::ExportForAdmins,
            &[table.name(), &me.login, me.role.code()],
        ));
    }
    let shape = Shape::of(args);
    if shape == Shape::Xlsx && args.out.is_none() {
        return Err(crate::Error::usage(
            crate::i18n::errors::ErrMsg::XlsxNeedsFile,
            &[],
        ));
    }
    let total = store.export_row_count(table)?;
    // Audited before anything is written: the table, the format and the rows.
    store.audit(
        &Stamp::now(&me.login),
        "export",
        table.name(),
        None,
        &format!("format={} rows={total}", shape.name()),
    )?;
    let progress = Progress::new(total, "rows");
    let mut shaper = Shaper {
        viewer,
        columns: table.columns(),
        withheld: 0,
    };
    let written = match (shape, &args.out) {
        (Shape::Xlsx, out) => {
            let (bytes, rows) = xlsx(store, table, &mut shaper, &progress)?;
            let path = out.as_deref().ok_or_else(|| {
                crate::Error::usage(crate::i18n::errors::ErrMsg::XlsxNeedsFile, &[])
            })?;
            fsio::write_with(path, Existing::Replace, |w| {
                w.write_all(&bytes)
                    .map_err(|e| crate::Error::from(RenderError::from(e)))
            })?;
            rows
        }
        (_, Some(path)) => export_to_file(store, table, shape, &mut shaper, &progress, path)?,
        (_, None) => {
            match write_csv(
                store,
                table,
                shape,
                &mut shaper,
                &progress,
                std::io::stdout().lock(),
            ) {
                // The reader of standard output went away (`| head`): not a failure.
                Err(crate::Error::Render(e)) if e.reader_gone() => 0,
                other => other?,
            }
        }
    };
    progress.finish();
    if shaper.withheld > 0 {
        crate::cli::warn(&crate::i18n::cli::sayf(
            crate::i18n::cli::CliMsg::CellsWithheld,
            &[&shaper.withheld.to_string()],
        ));
    }
    if let Some(path) = &args.out {
        let said = if table == Table::People {
            crate::i18n::cli::CliMsg::ExportedPeople
        } else {
            crate::i18n::cli::CliMsg::ExportedRows
        };
        outln!(
            "{}",
            crate::i18n::cli::sayf(said, &[&written.to_string(), &path.display().to_string()])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the file whole or not at all, owner-only, never through a symbolic link.
fn export_to_file(
    store: &Store,
    table: Table,
    shape: Shape,
    shaper: &mut Shaper<'_>,
    progress: &Progress,
    path: &Path,
) -> Result<u64, crate::Error> {
    let (_, count) = fsio::write_with(path, Existing::Replace, |out| {
        write_csv(store, table, shape, shaper, progress, out)
    })?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::Kind;

    #[test]
    fn excel_cells_keep_identifiers_as_text_and_never_run_a_formula() {
        let amka = Column {
            name: "amka",
            kind: Some(Kind::Identifier),
        };
        let name = Column {
            name: "surname",
            kind: Some(Kind::Identity),
        };
        assert_eq!(excel_cell(amka, "01013099997"), "=\"01013099997\"");
        assert_eq!(excel_cell(amka, ""), "");
        assert_eq!(excel_cell(name, "Παπαδόπουλος"), "Παπαδόπουλος");
        assert_eq!(excel_cell(name, "=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(excel_cell(name, "-1"), "'-1");
        assert_eq!(
            excel_cell(name, "00123"),
            "=\"00123\"",
            "a zero Excel would drop"
        );
        assert_eq!(excel_cell(name, "2026-03-15"), "2026-03-15");
        assert_eq!(excel_cell(name, "42"), "42");
        let phone = Column {
            name: "phone",
            kind: Some(Kind::Contact),
        };
        assert_eq!(
            excel_cell(phone, "+30 691 000 0001"),
            "=\"+30 691 000 0001\""
        );
        assert_eq!(excel_cell(amka, "a\"b"), "=\"a\"\"b\"");
    }
}
