#pragma once
// Thread state shared by the thread routes and the channel PATCH route: membership and the
// thread fields of a channel edit (archived, locked, auto_archive_duration, invitable).

#include "sandbox/http/call.hpp"

#include <boost/json/object.hpp>

namespace hikari::sandbox {

/// Validates the thread-only fields of a PATCH /channels/{id} body into `thread`.
void apply_thread_fields(Call& call, const boost::json::object& body, boost::json::object& thread);

/// Members of a thread keyed by user id ({id, user_id, join_timestamp, flags}).
std::map<Snowflake, boost::json::object>& thread_members(World& world, Snowflake thread);

}  // namespace hikari::sandbox
