//! Who is in and who waits: capacity, the waiting list in order of arrival, and
//! moving up when a place frees.

/// Where an enrolment put the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Enrolled,
    /// On the waiting list, at this place (1 = next in).
    Waiting(usize),
}

/// An activity's people: enrolled (up to the capacity) and waiting, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    pub capacity: usize,
    pub enrolled: Vec<i64>,
    pub waiting: Vec<i64>,
}

impl Roster {
    pub fn contains(&self, person: i64) -> bool {
        self.enrolled.contains(&person) || self.waiting.contains(&person)
    }

    /// Adds a person: in if there is room (and nobody waits before them), else at the
    /// end of the waiting list. `None` if already there.
    pub fn enrol(&mut self, person: i64) -> Option<Placement> {
        if self.contains(person) {
            return None;
        }
        if self.enrolled.len() < self.capacity && self.waiting.is_empty() {
            self.enrolled.push(person);
            Some(Placement::Enrolled)
        } else {
            self.waiting.push(person);
            Some(Placement::Waiting(self.waiting.len()))
        }
    }

    /// Takes a person out (enrolled or waiting) and moves the waiting list up into
    /// any free places. Returns those moved up, in order; `None` if not there.
    pub fn leave(&mut self, person: i64) -> Option<Vec<i64>> {
        if let Some(i) = self.enrolled.iter().position(|&p| p == person) {
            self.enrolled.remove(i);
        } else if let Some(i) = self.waiting.iter().position(|&p| p == person) {
            self.waiting.remove(i);
        } else {
            return None;
        }
        Some(self.fill())
    }

    /// A new capacity: more room moves people up; less room never puts anyone out.
    pub fn set_capacity(&mut self, capacity: usize) -> Vec<i64> {
        self.capacity = capacity;
        self.fill()
    }

    fn fill(&mut self) -> Vec<i64> {
        let mut moved = Vec::new();
        while self.enrolled.len() < self.capacity && !self.waiting.is_empty() {
            let next = self.waiting.remove(0);
            self.enrolled.push(next);
            moved.push(next);
        }
        moved
    }
}
