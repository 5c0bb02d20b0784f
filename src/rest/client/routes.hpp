#pragma once
// Every route the client calls, defined once. Names follow the method that uses them.

#include "rest/route.hpp"

namespace hikari::rest::routes {

// gateway
inline constexpr Route get_gateway{"GET", "/gateway"};
inline constexpr Route get_gateway_bot{"GET", "/gateway/bot"};

// users
inline constexpr Route get_my_user{"GET", "/users/@me"};
inline constexpr Route patch_my_user{"PATCH", "/users/@me"};
inline constexpr Route get_user{"GET", "/users/{user_id}"};
inline constexpr Route post_my_channels{"POST", "/users/@me/channels"};
inline constexpr Route delete_my_guild{"DELETE", "/users/@me/guilds/{guild_id}"};
inline constexpr Route get_my_guilds{"GET", "/users/@me/guilds"};
inline constexpr Route get_my_guild_member{"GET", "/users/@me/guilds/{guild_id}/member"};

// messages
inline constexpr Route get_channel_messages{"GET", "/channels/{channel_id}/messages"};
inline constexpr Route post_channel_messages{"POST", "/channels/{channel_id}/messages"};
inline constexpr Route get_channel_message{"GET", "/channels/{channel_id}/messages/{message_id}"};
inline constexpr Route patch_channel_message{"PATCH",
                                             "/channels/{channel_id}/messages/{message_id}"};
inline constexpr Route delete_channel_message{"DELETE",
                                              "/channels/{channel_id}/messages/{message_id}"};
inline constexpr Route post_bulk_delete{"POST", "/channels/{channel_id}/messages/bulk-delete"};
inline constexpr Route get_guild_message_search{"GET", "/guilds/{guild_id}/messages/search"};
inline constexpr Route post_crosspost{"POST",
                                      "/channels/{channel_id}/messages/{message_id}/crosspost"};

// reactions
inline constexpr Route put_my_reaction{
    "PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"};
inline constexpr Route delete_my_reaction{
    "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"};
inline constexpr Route delete_user_reaction{
    "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}"};
inline constexpr Route get_reactions{
    "GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}"};
inline constexpr Route delete_all_reactions{
    "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions"};
inline constexpr Route delete_emoji_reactions{
    "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}"};

// threads
inline constexpr Route post_message_threads{"POST",
                                            "/channels/{channel_id}/messages/{message_id}/threads"};
inline constexpr Route post_threads{"POST", "/channels/{channel_id}/threads"};
inline constexpr Route put_my_thread_member{"PUT", "/channels/{channel_id}/thread-members/@me"};
inline constexpr Route delete_my_thread_member{"DELETE",
                                               "/channels/{channel_id}/thread-members/@me"};
inline constexpr Route put_thread_member{"PUT", "/channels/{channel_id}/thread-members/{user_id}"};
inline constexpr Route delete_thread_member{"DELETE",
                                            "/channels/{channel_id}/thread-members/{user_id}"};
inline constexpr Route get_thread_member{"GET", "/channels/{channel_id}/thread-members/{user_id}"};
inline constexpr Route get_thread_members{"GET", "/channels/{channel_id}/thread-members"};
inline constexpr Route get_active_threads{"GET", "/guilds/{guild_id}/threads/active"};
inline constexpr Route get_public_archived_threads{
    "GET", "/channels/{channel_id}/threads/archived/public"};
inline constexpr Route get_private_archived_threads{
    "GET", "/channels/{channel_id}/threads/archived/private"};
inline constexpr Route get_thread_search{"GET", "/channels/{channel_id}/threads/search"};
inline constexpr Route get_joined_private_archived_threads{
    "GET", "/channels/{channel_id}/users/@me/threads/archived/private"};

// invites
inline constexpr Route post_channel_invites{"POST", "/channels/{channel_id}/invites"};
inline constexpr Route get_channel_invites{"GET", "/channels/{channel_id}/invites"};
inline constexpr Route get_guild_invites{"GET", "/guilds/{guild_id}/invites"};
inline constexpr Route get_invite{"GET", "/invites/{invite_code}"};
inline constexpr Route delete_invite{"DELETE", "/invites/{invite_code}"};
inline constexpr Route get_invite_target_users{"GET", "/invites/{invite_code}/target-users"};
inline constexpr Route put_invite_target_users{"PUT", "/invites/{invite_code}/target-users"};
inline constexpr Route get_invite_target_users_job{
    "GET", "/invites/{invite_code}/target-users/job-status"};

// emojis
inline constexpr Route get_guild_emojis{"GET", "/guilds/{guild_id}/emojis"};
inline constexpr Route get_guild_emoji{"GET", "/guilds/{guild_id}/emojis/{emoji_id}"};
inline constexpr Route post_guild_emoji{"POST", "/guilds/{guild_id}/emojis"};
inline constexpr Route patch_guild_emoji{"PATCH", "/guilds/{guild_id}/emojis/{emoji_id}"};
inline constexpr Route delete_guild_emoji{"DELETE", "/guilds/{guild_id}/emojis/{emoji_id}"};
inline constexpr Route get_application_emojis{"GET", "/applications/{application_id}/emojis"};
inline constexpr Route get_application_emoji{"GET",
                                             "/applications/{application_id}/emojis/{emoji_id}"};
inline constexpr Route post_application_emoji{"POST", "/applications/{application_id}/emojis"};
inline constexpr Route patch_application_emoji{"PATCH",
                                               "/applications/{application_id}/emojis/{emoji_id}"};
inline constexpr Route delete_application_emoji{"DELETE",
                                                "/applications/{application_id}/emojis/{emoji_id}"};

// stickers
inline constexpr Route get_sticker{"GET", "/stickers/{sticker_id}"};
inline constexpr Route get_sticker_packs{"GET", "/sticker-packs"};
inline constexpr Route get_sticker_pack{"GET", "/sticker-packs/{pack_id}"};
inline constexpr Route get_guild_stickers{"GET", "/guilds/{guild_id}/stickers"};
inline constexpr Route get_guild_sticker{"GET", "/guilds/{guild_id}/stickers/{sticker_id}"};
inline constexpr Route post_guild_sticker{"POST", "/guilds/{guild_id}/stickers"};
inline constexpr Route patch_guild_sticker{"PATCH", "/guilds/{guild_id}/stickers/{sticker_id}"};
inline constexpr Route delete_guild_sticker{"DELETE", "/guilds/{guild_id}/stickers/{sticker_id}"};

// scheduled events
inline constexpr Route get_scheduled_events{"GET", "/guilds/{guild_id}/scheduled-events"};
inline constexpr Route post_scheduled_event{"POST", "/guilds/{guild_id}/scheduled-events"};
inline constexpr Route get_scheduled_event{"GET", "/guilds/{guild_id}/scheduled-events/{event_id}"};
inline constexpr Route patch_scheduled_event{"PATCH",
                                             "/guilds/{guild_id}/scheduled-events/{event_id}"};
inline constexpr Route delete_scheduled_event{"DELETE",
                                              "/guilds/{guild_id}/scheduled-events/{event_id}"};
inline constexpr Route get_scheduled_event_users{
    "GET", "/guilds/{guild_id}/scheduled-events/{event_id}/users"};
inline constexpr Route get_scheduled_event_user_counts{
    "GET", "/guilds/{guild_id}/scheduled-events/{event_id}/users/counts"};
inline constexpr Route post_scheduled_event_exception{
    "POST", "/guilds/{guild_id}/scheduled-events/{event_id}/exceptions"};
inline constexpr Route patch_scheduled_event_exception{
    "PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}/exceptions/{exception_id}"};
inline constexpr Route delete_scheduled_event_exception{
    "DELETE", "/guilds/{guild_id}/scheduled-events/{event_id}/exceptions/{exception_id}"};
inline constexpr Route get_scheduled_event_exception_users{
    "GET", "/guilds/{guild_id}/scheduled-events/{event_id}/{exception_id}/users"};

// stage instances
inline constexpr Route post_stage_instance{"POST", "/stage-instances"};
inline constexpr Route get_stage_instance{"GET", "/stage-instances/{channel_id}"};
inline constexpr Route patch_stage_instance{"PATCH", "/stage-instances/{channel_id}"};
inline constexpr Route delete_stage_instance{"DELETE", "/stage-instances/{channel_id}"};

// polls
inline constexpr Route post_poll_expire{"POST", "/channels/{channel_id}/polls/{message_id}/expire"};
inline constexpr Route get_poll_answer_voters{
    "GET", "/channels/{channel_id}/polls/{message_id}/answers/{answer_id}"};

// voice states
inline constexpr Route get_my_voice_state{"GET", "/guilds/{guild_id}/voice-states/@me"};
inline constexpr Route get_voice_state{"GET", "/guilds/{guild_id}/voice-states/{user_id}"};
inline constexpr Route patch_my_voice_state{"PATCH", "/guilds/{guild_id}/voice-states/@me"};
inline constexpr Route patch_voice_state{"PATCH", "/guilds/{guild_id}/voice-states/{user_id}"};

inline constexpr Route get_voice_regions{"GET", "/voice/regions"};
inline constexpr Route put_voice_status{"PUT", "/channels/{channel_id}/voice-status"};

// group DMs
inline constexpr Route put_recipient{"PUT", "/channels/{channel_id}/recipients/{user_id}"};
inline constexpr Route delete_recipient{"DELETE", "/channels/{channel_id}/recipients/{user_id}"};

// soundboard
inline constexpr Route post_send_soundboard_sound{"POST",
                                                  "/channels/{channel_id}/send-soundboard-sound"};
inline constexpr Route get_default_soundboard_sounds{"GET", "/soundboard-default-sounds"};
inline constexpr Route get_guild_soundboard_sounds{"GET", "/guilds/{guild_id}/soundboard-sounds"};
inline constexpr Route get_guild_soundboard_sound{
    "GET", "/guilds/{guild_id}/soundboard-sounds/{sound_id}"};
inline constexpr Route post_guild_soundboard_sound{"POST", "/guilds/{guild_id}/soundboard-sounds"};
inline constexpr Route patch_guild_soundboard_sound{
    "PATCH", "/guilds/{guild_id}/soundboard-sounds/{sound_id}"};
inline constexpr Route delete_guild_soundboard_sound{
    "DELETE", "/guilds/{guild_id}/soundboard-sounds/{sound_id}"};

// channel follow
inline constexpr Route post_channel_followers{"POST", "/channels/{channel_id}/followers"};

// channels
inline constexpr Route get_channel{"GET", "/channels/{channel_id}"};
inline constexpr Route patch_channel{"PATCH", "/channels/{channel_id}"};
inline constexpr Route delete_channel{"DELETE", "/channels/{channel_id}"};
inline constexpr Route put_overwrite{"PUT", "/channels/{channel_id}/permissions/{overwrite_id}"};
inline constexpr Route delete_overwrite{"DELETE",
                                        "/channels/{channel_id}/permissions/{overwrite_id}"};
inline constexpr Route post_typing{"POST", "/channels/{channel_id}/typing"};
// Pins: the deprecated GET /pins (a plain array of the latest 50) stays for fetch_pins;
// pinning and unpinning use the current /messages/pins routes; the old PUT/DELETE, which do
// the same, only serve the deprecated *_legacy methods.
inline constexpr Route get_pins{"GET", "/channels/{channel_id}/pins"};
inline constexpr Route get_message_pins{"GET", "/channels/{channel_id}/messages/pins"};
inline constexpr Route put_message_pin{"PUT", "/channels/{channel_id}/messages/pins/{message_id}"};
inline constexpr Route delete_message_pin{"DELETE",
                                          "/channels/{channel_id}/messages/pins/{message_id}"};
inline constexpr Route put_pin_legacy{"PUT", "/channels/{channel_id}/pins/{message_id}"};
inline constexpr Route delete_pin_legacy{"DELETE", "/channels/{channel_id}/pins/{message_id}"};

// guilds
inline constexpr Route get_guild{"GET", "/guilds/{guild_id}"};
inline constexpr Route patch_guild{"PATCH", "/guilds/{guild_id}"};
inline constexpr Route get_guild_channels{"GET", "/guilds/{guild_id}/channels"};
inline constexpr Route post_guild_channels{"POST", "/guilds/{guild_id}/channels"};
inline constexpr Route patch_guild_channels{"PATCH", "/guilds/{guild_id}/channels"};
inline constexpr Route get_roles{"GET", "/guilds/{guild_id}/roles"};
inline constexpr Route get_role{"GET", "/guilds/{guild_id}/roles/{role_id}"};
inline constexpr Route get_role_member_counts{"GET", "/guilds/{guild_id}/roles/member-counts"};
inline constexpr Route post_role{"POST", "/guilds/{guild_id}/roles"};
inline constexpr Route patch_roles{"PATCH", "/guilds/{guild_id}/roles"};
inline constexpr Route patch_role{"PATCH", "/guilds/{guild_id}/roles/{role_id}"};
inline constexpr Route delete_role{"DELETE", "/guilds/{guild_id}/roles/{role_id}"};

// members
inline constexpr Route get_members{"GET", "/guilds/{guild_id}/members"};
inline constexpr Route get_members_search{"GET", "/guilds/{guild_id}/members/search"};
inline constexpr Route get_member{"GET", "/guilds/{guild_id}/members/{user_id}"};
inline constexpr Route put_member{"PUT", "/guilds/{guild_id}/members/{user_id}"};
inline constexpr Route patch_my_member{"PATCH", "/guilds/{guild_id}/members/@me"};
inline constexpr Route patch_member{"PATCH", "/guilds/{guild_id}/members/{user_id}"};
inline constexpr Route delete_member{"DELETE", "/guilds/{guild_id}/members/{user_id}"};
inline constexpr Route put_member_role{"PUT",
                                       "/guilds/{guild_id}/members/{user_id}/roles/{role_id}"};
inline constexpr Route delete_member_role{"DELETE",
                                          "/guilds/{guild_id}/members/{user_id}/roles/{role_id}"};

// bans
inline constexpr Route get_bans{"GET", "/guilds/{guild_id}/bans"};
inline constexpr Route get_ban{"GET", "/guilds/{guild_id}/bans/{user_id}"};
inline constexpr Route put_ban{"PUT", "/guilds/{guild_id}/bans/{user_id}"};
inline constexpr Route delete_ban{"DELETE", "/guilds/{guild_id}/bans/{user_id}"};

// webhooks
inline constexpr Route post_channel_webhooks{"POST", "/channels/{channel_id}/webhooks"};
inline constexpr Route get_channel_webhooks{"GET", "/channels/{channel_id}/webhooks"};
inline constexpr Route get_webhook{"GET", "/webhooks/{webhook_id}"};
inline constexpr Route delete_webhook{"DELETE", "/webhooks/{webhook_id}"};
inline constexpr Route post_webhook{"POST", "/webhooks/{webhook_id}/{webhook_token}"};
inline constexpr Route post_slack_webhook{"POST", "/webhooks/{webhook_id}/{webhook_token}/slack"};
inline constexpr Route post_github_webhook{"POST", "/webhooks/{webhook_id}/{webhook_token}/github"};

// application commands
inline constexpr Route get_commands{"GET", "/applications/{application_id}/commands"};
inline constexpr Route post_command{"POST", "/applications/{application_id}/commands"};
inline constexpr Route put_commands{"PUT", "/applications/{application_id}/commands"};
inline constexpr Route delete_command{"DELETE",
                                      "/applications/{application_id}/commands/{command_id}"};
inline constexpr Route get_guild_commands{
    "GET", "/applications/{application_id}/guilds/{guild_id}/commands"};
inline constexpr Route post_guild_command{
    "POST", "/applications/{application_id}/guilds/{guild_id}/commands"};
inline constexpr Route put_guild_commands{
    "PUT", "/applications/{application_id}/guilds/{guild_id}/commands"};
inline constexpr Route delete_guild_command{
    "DELETE", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}"};

// interactions: the application id stands where a webhook id would, and the interaction
// token authenticates, as with webhooks.
inline constexpr Route post_interaction_callback{
    "POST", "/interactions/{interaction_id}/{interaction_token}/callback"};
inline constexpr Route patch_original_response{
    "PATCH", "/webhooks/{webhook_id}/{interaction_token}/messages/@original"};
inline constexpr Route delete_original_response{
    "DELETE", "/webhooks/{webhook_id}/{interaction_token}/messages/@original"};
inline constexpr Route post_followup{"POST", "/webhooks/{webhook_id}/{interaction_token}"};

// audit log, prune, bulk ban, integrations
inline constexpr Route get_audit_log{"GET", "/guilds/{guild_id}/audit-logs"};
inline constexpr Route get_prune{"GET", "/guilds/{guild_id}/prune"};
inline constexpr Route post_prune{"POST", "/guilds/{guild_id}/prune"};
inline constexpr Route post_bulk_ban{"POST", "/guilds/{guild_id}/bulk-ban"};
inline constexpr Route get_integrations{"GET", "/guilds/{guild_id}/integrations"};
inline constexpr Route delete_integration{"DELETE",
                                          "/guilds/{guild_id}/integrations/{integration_id}"};

// auto moderation
inline constexpr Route get_automod_rules{"GET", "/guilds/{guild_id}/auto-moderation/rules"};
inline constexpr Route post_automod_rule{"POST", "/guilds/{guild_id}/auto-moderation/rules"};
inline constexpr Route get_automod_rule{"GET",
                                        "/guilds/{guild_id}/auto-moderation/rules/{rule_id}"};
inline constexpr Route patch_automod_rule{"PATCH",
                                          "/guilds/{guild_id}/auto-moderation/rules/{rule_id}"};
inline constexpr Route delete_automod_rule{"DELETE",
                                           "/guilds/{guild_id}/auto-moderation/rules/{rule_id}"};

// application commands, one at a time
inline constexpr Route get_command{"GET", "/applications/{application_id}/commands/{command_id}"};
inline constexpr Route patch_command{"PATCH",
                                     "/applications/{application_id}/commands/{command_id}"};
inline constexpr Route get_guild_command{
    "GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}"};
inline constexpr Route patch_guild_command{
    "PATCH", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}"};

// guild settings
inline constexpr Route get_widget_settings{"GET", "/guilds/{guild_id}/widget"};
inline constexpr Route patch_widget_settings{"PATCH", "/guilds/{guild_id}/widget"};
inline constexpr Route get_widget{"GET", "/guilds/{guild_id}/widget.json"};
inline constexpr Route get_widget_image{"GET", "/guilds/{guild_id}/widget.png"};
inline constexpr Route get_welcome_screen{"GET", "/guilds/{guild_id}/welcome-screen"};
inline constexpr Route patch_welcome_screen{"PATCH", "/guilds/{guild_id}/welcome-screen"};
inline constexpr Route get_onboarding{"GET", "/guilds/{guild_id}/onboarding"};
inline constexpr Route put_onboarding{"PUT", "/guilds/{guild_id}/onboarding"};
inline constexpr Route get_guild_preview{"GET", "/guilds/{guild_id}/preview"};
inline constexpr Route get_new_member_welcome{"GET", "/guilds/{guild_id}/new-member-welcome"};
inline constexpr Route get_join_requests{"GET", "/guilds/{guild_id}/requests"};
inline constexpr Route patch_join_request{"PATCH", "/guilds/{guild_id}/requests/{request_id}"};
inline constexpr Route get_vanity_url{"GET", "/guilds/{guild_id}/vanity-url"};
inline constexpr Route put_incident_actions{"PUT", "/guilds/{guild_id}/incident-actions"};
inline constexpr Route get_guild_regions{"GET", "/guilds/{guild_id}/regions"};

// interactions and webhooks, completing the families
inline constexpr Route get_original_response{
    "GET", "/webhooks/{webhook_id}/{interaction_token}/messages/@original"};
inline constexpr Route get_followup{
    "GET", "/webhooks/{webhook_id}/{interaction_token}/messages/{message_id}"};
inline constexpr Route patch_followup{
    "PATCH", "/webhooks/{webhook_id}/{interaction_token}/messages/{message_id}"};
inline constexpr Route delete_followup{
    "DELETE", "/webhooks/{webhook_id}/{interaction_token}/messages/{message_id}"};
inline constexpr Route patch_webhook{"PATCH", "/webhooks/{webhook_id}"};
inline constexpr Route patch_webhook_with_token{"PATCH", "/webhooks/{webhook_id}/{webhook_token}"};
inline constexpr Route get_webhook_with_token{"GET", "/webhooks/{webhook_id}/{webhook_token}"};
inline constexpr Route delete_webhook_with_token{"DELETE",
                                                 "/webhooks/{webhook_id}/{webhook_token}"};
inline constexpr Route get_guild_webhooks{"GET", "/guilds/{guild_id}/webhooks"};
inline constexpr Route get_webhook_message{
    "GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"};
inline constexpr Route patch_webhook_message{
    "PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"};
inline constexpr Route delete_webhook_message{
    "DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"};

// guild templates
inline constexpr Route get_template{"GET", "/guilds/templates/{template_code}"};
inline constexpr Route get_guild_templates{"GET", "/guilds/{guild_id}/templates"};
inline constexpr Route post_guild_template{"POST", "/guilds/{guild_id}/templates"};
inline constexpr Route put_guild_template{"PUT", "/guilds/{guild_id}/templates/{template_code}"};
inline constexpr Route patch_guild_template{"PATCH",
                                            "/guilds/{guild_id}/templates/{template_code}"};
inline constexpr Route delete_guild_template{"DELETE",
                                             "/guilds/{guild_id}/templates/{template_code}"};

// the application and command permissions
inline constexpr Route get_my_application{"GET", "/applications/@me"};
inline constexpr Route patch_my_application{"PATCH", "/applications/@me"};
inline constexpr Route get_application{"GET", "/applications/{application_id}"};
inline constexpr Route patch_application{"PATCH", "/applications/{application_id}"};
inline constexpr Route get_oauth2_application{"GET", "/oauth2/applications/@me"};
inline constexpr Route get_oauth2_authorization{"GET", "/oauth2/@me"};
inline constexpr Route get_oauth2_keys{"GET", "/oauth2/keys"};
inline constexpr Route get_openid_userinfo{"GET", "/oauth2/userinfo"};
inline constexpr Route get_my_connections{"GET", "/users/@me/connections"};
inline constexpr Route get_my_entitlements{"GET",
                                           "/users/@me/applications/{application_id}/entitlements"};
inline constexpr Route post_application_attachment{"POST",
                                                   "/applications/{application_id}/attachment"};
inline constexpr Route get_activity_instance{
    "GET", "/applications/{application_id}/activity-instances/{instance_id}"};
inline constexpr Route get_my_role_connection{
    "GET", "/users/@me/applications/{application_id}/role-connection"};
inline constexpr Route put_my_role_connection{
    "PUT", "/users/@me/applications/{application_id}/role-connection"};
inline constexpr Route delete_my_role_connection{
    "DELETE", "/users/@me/applications/{application_id}/role-connection"};
inline constexpr Route get_role_connection_metadata{
    "GET", "/applications/{application_id}/role-connections/metadata"};
inline constexpr Route put_role_connection_metadata{
    "PUT", "/applications/{application_id}/role-connections/metadata"};
inline constexpr Route get_guild_command_permissions{
    "GET", "/applications/{application_id}/guilds/{guild_id}/commands/permissions"};
inline constexpr Route get_command_permissions{
    "GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions"};
inline constexpr Route put_command_permissions{
    "PUT", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions"};

// monetization
inline constexpr Route get_skus{"GET", "/applications/{application_id}/skus"};
inline constexpr Route get_entitlements{"GET", "/applications/{application_id}/entitlements"};
inline constexpr Route get_entitlement{
    "GET", "/applications/{application_id}/entitlements/{entitlement_id}"};
inline constexpr Route post_consume_entitlement{
    "POST", "/applications/{application_id}/entitlements/{entitlement_id}/consume"};
inline constexpr Route post_test_entitlement{"POST", "/applications/{application_id}/entitlements"};
inline constexpr Route delete_test_entitlement{
    "DELETE", "/applications/{application_id}/entitlements/{entitlement_id}"};
inline constexpr Route get_sku_subscriptions{"GET", "/skus/{sku_id}/subscriptions"};
inline constexpr Route get_sku_subscription{"GET",
                                            "/skus/{sku_id}/subscriptions/{subscription_id}"};

// lobbies
inline constexpr Route post_lobby{"POST", "/lobbies"};
inline constexpr Route put_lobby{"PUT", "/lobbies"};
inline constexpr Route get_lobby{"GET", "/lobbies/{lobby_id}"};
inline constexpr Route patch_lobby{"PATCH", "/lobbies/{lobby_id}"};
inline constexpr Route delete_lobby{"DELETE", "/lobbies/{lobby_id}"};
inline constexpr Route put_lobby_member{"PUT", "/lobbies/{lobby_id}/members/{user_id}"};
inline constexpr Route delete_lobby_member{"DELETE", "/lobbies/{lobby_id}/members/{user_id}"};
inline constexpr Route post_lobby_members_bulk{"POST", "/lobbies/{lobby_id}/members/bulk"};
inline constexpr Route delete_my_lobby_member{"DELETE", "/lobbies/{lobby_id}/members/@me"};
inline constexpr Route patch_lobby_channel_linking{"PATCH", "/lobbies/{lobby_id}/channel-linking"};
inline constexpr Route post_my_lobby_invite{"POST", "/lobbies/{lobby_id}/members/@me/invites"};
inline constexpr Route post_lobby_member_invite{"POST",
                                                "/lobbies/{lobby_id}/members/{user_id}/invites"};
inline constexpr Route get_lobby_messages{"GET", "/lobbies/{lobby_id}/messages"};
inline constexpr Route post_lobby_message{"POST", "/lobbies/{lobby_id}/messages"};
inline constexpr Route put_lobby_message_moderation{
    "PUT", "/lobbies/{lobby_id}/messages/{message_id}/moderation-metadata"};

// Social SDK provisional accounts and DM moderation
inline constexpr Route post_partner_token{"POST", "/partner-sdk/token"};
inline constexpr Route post_partner_token_bot{"POST", "/partner-sdk/token/bot"};
inline constexpr Route post_partner_unmerge{"POST", "/partner-sdk/provisional-accounts/unmerge"};
inline constexpr Route post_partner_unmerge_bot{"POST",
                                                "/partner-sdk/provisional-accounts/unmerge/bot"};
inline constexpr Route put_dm_message_moderation{
    "PUT", "/partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata"};

}  // namespace hikari::rest::routes
