//! Small counts: what may leave the centre.
//!
//! A count from 1 to 4 could point at a person ("the one Sudanese woman over 55"), so
//! it is shown as "<5" (primary suppression). A hidden count must not be recoverable
//! by subtraction either: when a row or column of a table has exactly one hidden cell
//! and its total is shown, the smallest other non-zero cell of that line is hidden too
//! (secondary suppression); when there is no such cell, the total is hidden instead.
//! This repeats until no line has a single hidden cell under a shown total.
//! Zeros are shown: an empty category tells nothing about anybody.

use serde::{Deserialize, Serialize};

/// Counts below this are shown as "<5".
pub const THRESHOLD: u64 = 5;

/// One figure of a published table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    Count(u64),
    /// A count from 1 to THRESHOLD - 1.
    Small,
    /// Hidden so that a small count cannot be worked out from the others.
    Hidden,
}

impl Cell {
    pub fn is_shown(self) -> bool {
        matches!(self, Cell::Count(_))
    }

    /// The text of the cell: the number, "<5" or "x".
    pub fn text(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Small => format!("<{THRESHOLD}"),
            Cell::Hidden => "x".to_string(),
        }
    }
}

/// A table of counts: `cells[row][column]`. When `row_totals`, the last column holds
/// each row's total; when `column_totals`, the last row holds each column's total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountTable {
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: bool,
    pub column_totals: bool,
}

impl CountTable {
    pub fn exact(counts: &[Vec<u64>], row_totals: bool, column_totals: bool) -> Self {
        CountTable {
            cells: counts
                .iter()
                .map(|row| row.iter().map(|n| Cell::Count(*n)).collect())
                .collect(),
            row_totals,
            column_totals,
        }
    }

    /// Applies primary and secondary suppression (see the module documentation).
    pub fn suppress(&mut self) {
        for row in &mut self.cells {
            for cell in row.iter_mut() {
                if let Cell::Count(n) = *cell
                    && (1..THRESHOLD).contains(&n)
                {
                    *cell = Cell::Small;
                }
            }
        }
        let rows = self.cells.len();
        let columns = self.cells.iter().map(Vec::len).max().unwrap_or(0);
        loop {
            let mut changed = false;
            if self.row_totals && columns > 0 {
                for r in 0..rows {
                    let line: Vec<(usize, usize)> = (0..columns - 1).map(|c| (r, c)).collect();
                    changed |= self.protect(&line, (r, columns - 1));
                }
            }
            if self.column_totals && rows > 0 {
                for c in 0..columns {
                    let line: Vec<(usize, usize)> = (0..rows - 1).map(|r| (r, c)).collect();
                    changed |= self.protect(&line, (rows - 1, c));
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn get(&self, (r, c): (usize, usize)) -> Option<Cell> {
        self.cells.get(r).and_then(|row| row.get(c)).copied()
    }

    fn set(&mut self, (r, c): (usize, usize), cell: Cell) {
        if let Some(slot) = self.cells.get_mut(r).and_then(|row| row.get_mut(c)) {
            *slot = cell;
        }
    }

    /// Makes sure `line` does not have exactly one hidden cell under a shown `total`.
    fn protect(&mut self, line: &[(usize, usize)], total: (usize, usize)) -> bool {
        if !self.get(total).is_some_and(Cell::is_shown) {
            return false;
        }
        let hidden = line
            .iter()
            .filter(|at| self.get(**at).is_some_and(|c| !c.is_shown()))
            .count();
        if hidden != 1 {
            return false;
        }
        let smallest = line
            .iter()
            .filter_map(|at| match self.get(*at) {
                Some(Cell::Count(n)) if n > 0 => Some((n, *at)),
                _ => None,
            })
            .min();
        match smallest {
            Some((_, at)) => self.set(at, Cell::Hidden),
            None => self.set(total, Cell::Hidden),
        }
        true
    }
}

/// Suppresses one list of counts whose total is published elsewhere (a breakdown of
/// the people served, whose number is the headline).
pub fn suppress_list(counts: &[u64], total_published: bool) -> Vec<Cell> {
    let mut rows: Vec<Vec<u64>> = counts.iter().map(|n| vec![*n]).collect();
    if total_published {
        rows.push(vec![counts.iter().sum()]);
    }
    let mut table = CountTable::exact(&rows, false, total_published);
    table.suppress();
    let mut cells: Vec<Cell> = table.cells.into_iter().map(|row| row[0]).collect();
    if total_published {
        cells.pop();
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::{Count as N, Hidden as H, Small as S};
    use proptest::prelude::*;

    #[test]
    fn small_counts_are_shown_as_less_than_five_but_zero_stays() {
        assert_eq!(suppress_list(&[0, 3, 4], false), [N(0), S, S]);
        assert_eq!(suppress_list(&[5, 12], false), [N(5), N(12)]);
        assert_eq!(Cell::Small.text(), "<5");
    }

    #[test]
    fn a_lone_small_count_under_a_published_total_takes_another_cell_with_it() {
        // 120 people: 70 women, 48 men, 2 non-binary. Without the second hidden cell,
        // 120 - 70 - 48 would give the 2 away.
        assert_eq!(suppress_list(&[70, 48, 2], true), [N(70), H, S]);
        // Two small counts already protect each other.
        assert_eq!(suppress_list(&[70, 3, 2], true), [N(70), S, S]);
    }

    #[test]
    fn a_total_is_hidden_when_nothing_else_can_be() {
        // The second row's 40 is hidden to protect the 2 above it; its only other
        // cell is 0, so its total would give it away and is hidden instead.
        let counts = vec![vec![2, 10, 12], vec![40, 0, 40], vec![42, 10, 52]];
        let mut t = CountTable::exact(&counts, true, true);
        t.suppress();
        assert_eq!(t.cells[1][0], H);
        assert_eq!(t.cells[1][1], N(0));
        assert_eq!(t.cells[1][2], H);
    }

    #[test]
    fn rows_and_columns_are_both_protected() {
        // services x outcomes, with row totals and a totals row.
        let counts = vec![vec![40, 2, 42], vec![30, 10, 40], vec![70, 12, 82]];
        let mut t = CountTable::exact(&counts, true, true);
        t.suppress();
        // The 2 is small; its row hides the 40; then each of the first two columns
        // has one hidden cell under its total, so the 30 and the 10 go too.
        assert_eq!(
            t.cells,
            [
                vec![H, S, N(42)],
                vec![H, H, N(40)],
                vec![N(70), N(12), N(82)],
            ]
        );
    }

    proptest! {
        /// No line with a shown total ever has exactly one hidden cell, and no small
        /// count is ever shown.
        #[test]
        fn nothing_small_is_recoverable(counts in prop::collection::vec(
            prop::collection::vec(0u64..12, 1..5), 1..5)) {
            let width = counts.iter().map(Vec::len).max().unwrap_or(1);
            let mut rows: Vec<Vec<u64>> = counts.iter().map(|r| {
                let mut r = r.clone();
                r.resize(width, 0);
                let total = r.iter().sum();
                r.push(total);
                r
            }).collect();
            let totals: Vec<u64> = (0..=width).map(|c| rows.iter().map(|r| r[c]).sum()).collect();
            rows.push(totals);
            let mut t = CountTable::exact(&rows, true, true);
            t.suppress();
            for (r, row) in t.cells.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    if let Cell::Count(n) = cell {
                        prop_assert!(*n == 0 || *n >= THRESHOLD, "{r},{c} shows {n}");
                    }
                }
            }
            for r in 0..t.cells.len() {
                if t.cells[r][width].is_shown() {
                    let hidden = (0..width).filter(|c| !t.cells[r][*c].is_shown()).count();
                    prop_assert_ne!(hidden, 1);
                }
            }
            for c in 0..=width {
                if t.cells[t.cells.len() - 1][c].is_shown() {
                    let hidden = (0..t.cells.len() - 1).filter(|r| !t.cells[*r][c].is_shown()).count();
                    prop_assert_ne!(hidden, 1);
                }
            }
        }
    }
}
