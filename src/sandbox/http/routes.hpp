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
void add_thread_routes(Router& router);
void add_thread_search_routes(Router& router);
void add_message_search_routes(Router& router);
void add_invite_routes(Router& router);
void add_emoji_routes(Router& router);
void add_sticker_routes(Router& router);
void add_scheduled_event_routes(Router& router);
void add_stage_voice_routes(Router& router);
void add_poll_routes(Router& router);
void add_soundboard_routes(Router& router);
/// Bucket limits of those families' shared groups.
void define_feature_buckets(RateLimiter& limiter);
/// Control routes of those families (/_sandbox/poll-votes, voice-states, ...).
void add_feature_control_routes(Router& control);
void add_guild_routes(Router& router);
void add_member_routes(Router& router);
void add_command_routes(Router& router);
void add_interaction_routes(Router& router);
void add_webhook_routes(Router& router);
void add_audit_log_routes(Router& router);
void add_guild_admin_routes(Router& router);
void add_auto_moderation_routes(Router& router);
void add_guild_settings_routes(Router& router);
void add_webhook_admin_routes(Router& router);
void add_application_routes(Router& router);
/// POST /_sandbox/activity-instances.
void add_application_control_routes(Router& control);
void add_guild_template_routes(Router& router);
void add_guild_info_routes(Router& router);
/// POST /_sandbox/vanity-url.
void add_guild_info_control_routes(Router& control);
void add_monetization_routes(Router& router);
void add_guild_join_routes(Router& router);
/// POST /_sandbox/join-requests and /_sandbox/new-member-welcome.
void add_guild_join_control_routes(Router& control);
/// /oauth2/@me, /oauth2/keys, /oauth2/userinfo, /users/@me/connections.
void add_oauth2_routes(Router& router);
/// POST /_sandbox/oauth2/tokens and /_sandbox/connections.
void add_oauth2_control_routes(Router& control);
/// /lobbies and everything under it.
void add_lobby_routes(Router& router);
/// /partner-sdk/...: provisional accounts and DM moderation.
void add_partner_sdk_routes(Router& router);

/// Default limits of the shared bucket groups, roughly what Discord answers with.
void define_default_buckets(RateLimiter& limiter);

}  // namespace hikari::sandbox
