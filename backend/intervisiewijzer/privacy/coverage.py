"""Every column that points at a member, and what the data export and account deletion do
with it. tests/privacy/test_coverage.py fails when a table gains a foreign key to member.id
that is missing here, so a new table cannot silently escape the AVG rights."""

# "table.column" -> the key of the export document that holds these rows.
EXPORT_SECTIONS: dict[str, str] = {
    "api_key.created_by_id": "api_keys_created",
    "attendance.member_id": "attendance",
    "attendance_audit.member_id": "attendance_audit",
    "attendance_audit.actor_id": "attendance_audit",
    "audit_event.actor_id": "audit_events",
    "calendar_feed.member_id": "calendar_feed",
    "case_access_log.member_id": "case_access_log",
    "contract_agreement.member_id": "contract_agreements",
    "event_coach.member_id": "event_coaching",
    "event_registration.member_id": "event_registrations",
    "event_registration.attendance_recorded_by": "event_attendance_recorded",
    "event_room.coach_id": "event_coaching",
    "group_contract.created_by_id": "contracts_created",
    "group_evaluation.member_id": "group_evaluations",
    "group_session.attendance_recorded_by_id": "session_roles",
    "group_session.case_bringer_id": "session_roles",
    "group_session.facilitator_id": "session_roles",
    "intervision_case.case_bringer_id": "cases",
    "join_request.member_id": "join_requests",
    "membership.member_id": "memberships",
    "notification.member_id": "notifications",
    "notification_preference.member_id": "notification_preferences",
    "organisation_member.member_id": "organisations",
    "session_evaluation.member_id": "session_evaluations",
    "session_rsvp.member_id": "rsvps",
    "session_run.notes_updated_by_id": "session_runs",
    "session_run.started_by_id": "session_runs",
    "webhook_subscription.created_by_id": "webhook_subscriptions_created",
}

# "table.column" -> what deleting the account does to these rows.
DELETION_EFFECTS: dict[str, str] = {
    "api_key.created_by_id": "cleared; the key belongs to its organisation or the platform",
    "attendance.member_id": "kept, pointing at the anonymised member (group history, others' "
    "evidence)",
    "attendance_audit.member_id": "kept (ids only)",
    "attendance_audit.actor_id": "kept (ids only)",
    "audit_event.actor_id": "kept (ids only)",
    "calendar_feed.member_id": "deleted",
    "case_access_log.member_id": "kept (ids only)",
    "contract_agreement.member_id": "kept: the group's record of who agreed, anonymised",
    "event_coach.member_id": "deleted for events still to come",
    "event_registration.member_id": "open registrations cancelled; household code cleared",
    "event_registration.attendance_recorded_by": "cleared",
    "event_room.coach_id": "cleared for events still to come",
    "group_contract.created_by_id": "cleared",
    "group_evaluation.member_id": "kept for aggregates; free text deleted",
    "group_session.attendance_recorded_by_id": "kept, pointing at the anonymised member",
    "group_session.case_bringer_id": "cleared for meetings still to come",
    "group_session.facilitator_id": "cleared for meetings still to come",
    "intervision_case.case_bringer_id": "deleted with action plan and tags",
    "join_request.member_id": "open requests withdrawn; motivations and answers cleared",
    "membership.member_id": "deleted (refused while the last coordinator of a group with "
    "other members)",
    "notification.member_id": "deleted",
    "notification_preference.member_id": "deleted",
    "organisation_member.member_id": "deleted",
    "session_evaluation.member_id": "kept for aggregates; free text deleted",
    "session_rsvp.member_id": "deleted (answers may hold a personal reason)",
    "session_run.notes_updated_by_id": "cleared",
    "session_run.started_by_id": "cleared",
    "webhook_subscription.created_by_id": "cleared",
}
