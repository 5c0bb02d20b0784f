#pragma once
// The guild audit log: mutations of the other route families record entries here (with the
// X-Audit-Log-Reason header as reason), GET /guilds/{guild_id}/audit-logs lists them and each
// new entry is announced as GUILD_AUDIT_LOG_ENTRY_CREATE, as Discord does.

#include "sandbox/http/call.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <optional>
#include <string>

namespace hikari::sandbox {

/// The request's X-Audit-Log-Reason, percent-decoded; nullopt without one.
[[nodiscard]] std::optional<std::string> audit_reason(const Call& call);

/// Records what the bot just did in `guild`; `action` is Discord's audit log event number.
void record_audit(Call& call, Snowflake guild, int action, std::optional<Snowflake> target,
                  boost::json::array changes = {}, boost::json::object options = {});

/// A change entry {"key", "old_value"?, "new_value"?} (null values are left out).
[[nodiscard]] boost::json::object audit_change(std::string_view key,
                                               const boost::json::value& old_value,
                                               const boost::json::value& new_value);

}  // namespace hikari::sandbox
