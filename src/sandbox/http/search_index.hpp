#pragma once
// Discord answers a search with 202 and {"code": 110000, "retry_after", ...} while the guild
// or channel is still being indexed. The sandbox's index is always ready unless the control
// API says otherwise: POST /_sandbox/search-index {id, answers, retry_after} makes the next
// `answers` searches of that guild (message search) or channel (thread search) answer 202.

#include "sandbox/http/call.hpp"
#include "sandbox/http/router.hpp"

#include <optional>

namespace hikari::sandbox {

/// The 202 answer when searches of `scope` are set to wait (and counts one down).
[[nodiscard]] std::optional<Response> index_not_ready(Call& call, Snowflake scope);

void add_search_index_control_routes(Router& control);

}  // namespace hikari::sandbox
