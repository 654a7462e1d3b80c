"""Who may see a group's health: its members (and platform admins), through the group
dependency of groups/access.py; others get 403, anonymous callers 401."""

from intervisiewijzer.groups.access import GroupMemberAccess

HealthReader = GroupMemberAccess
