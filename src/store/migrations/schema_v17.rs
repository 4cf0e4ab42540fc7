//! The statistics screen's reads on indexes: it refreshes whenever another desk
//! changes something, so a busy day's figures must not scan whole tables.

/// Referrals by the day they were sent (the period's referrals were a scan of every
/// referral), and a day's tickets with what their figures need (line, state, arrival
/// and call), so arrivals by hour and waits are read from the index alone.
pub(super) const V17_STATISTICS: &str = r#"
CREATE INDEX referral_created ON referral(created_at);
CREATE INDEX ticket_day_figures ON ticket(day, service_id, state, arrived_at, called_at);
"#;
