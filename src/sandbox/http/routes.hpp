#pragma once
// Registration of the REST route families, one file each (routes_*.cpp), plus the bucket
// groups they share.

#include "sandbox/http/rate_limiter.hpp"
#include "sandbox/http/router.hpp"

namespace hikari::sandbox {

class Api;

void add_gateway_routes(Router& router, Api& api);
void add_user_routes(Router& router);
void add_channel_routes(Router& router);
void add_message_routes(Router& router);
void add_pin_routes(Router& router);
void add_reaction_routes(Router& router);
void add_guild_routes(Router& router);
void add_member_routes(Router& router);
void add_command_routes(Router& router);
void add_interaction_routes(Router& router);
void add_webhook_routes(Router& router);

/// Default limits of the shared bucket groups, roughly what Discord answers with.
void define_default_buckets(RateLimiter& limiter);

}  // namespace hikari::sandbox
