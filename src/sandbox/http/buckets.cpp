// The shared bucket groups. Routes naming the same group share one bucket per major
// parameter, as Discord's do (all reaction routes of a channel, for one).

#include "sandbox/http/routes.hpp"

namespace hikari::sandbox {

using std::chrono::milliseconds;

void define_default_buckets(RateLimiter& limiter) {
    limiter.define("message_create", {5, milliseconds(5000)});
    limiter.define("message_edit", {5, milliseconds(5000)});
    limiter.define("message_delete", {5, milliseconds(1000)});
    limiter.define("message_read", {5, milliseconds(1000)});
    limiter.define("bulk_delete", {1, milliseconds(1000)});
    limiter.define("reactions", {1, milliseconds(250)});
    limiter.define("reactions_read", {5, milliseconds(1000)});
    limiter.define("pins", {5, milliseconds(5000)});
    limiter.define("typing", {5, milliseconds(5000)});
    limiter.define("channel_edit", {5, milliseconds(5000)});
    limiter.define("guild_roles", {5, milliseconds(5000)});
    limiter.define("guild_members", {10, milliseconds(10000)});
    limiter.define("guild_bans", {5, milliseconds(5000)});
    limiter.define("commands", {5, milliseconds(20000)});
    limiter.define("webhook_execute", {5, milliseconds(2000)});
    limiter.define("interaction_callback", {5, milliseconds(1000)});
}

}  // namespace hikari::sandbox
