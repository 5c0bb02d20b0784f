#pragma once
// hikari::RESTClient: Discord's HTTP API as typed coroutines, with rate limits handled so that
// requests wait their turn instead of being refused (the counterpart of hikari's
// RESTClientImpl). Construct it on an executor; use it from that executor's thread.
//
//   hikari::RESTClient rest(io.get_executor(), hikari::Token::bot(secret));
//   hikari::Message m = co_await rest.create_message(channel, {.content = "hello"});
//
// Every method throws the typed errors of hikari/core/errors.hpp: NotFoundError,
// ForbiddenError, BadRequestError (with Discord's code and errors tree), RateLimitTooLongError
// when a wait would exceed max_rate_limit, InternalServerError once max_retries are spent, and
// HTTPTransportError for network failures that outlast the retries.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/task.hpp>
#include <hikari/core/token.hpp>
#include <hikari/model/application.hpp>
#include <hikari/model/channel.hpp>
#include <hikari/model/entitlement.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/guild_template.hpp>
#include <hikari/model/interaction_response.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/oauth2.hpp>
#include <hikari/model/role.hpp>
#include <hikari/model/sku.hpp>
#include <hikari/model/subscription.hpp>
#include <hikari/model/user.hpp>
#include <hikari/model/voice_region.hpp>
#include <hikari/model/widget.hpp>
#include <hikari/rest/application_options.hpp>
#include <hikari/rest/channel_options.hpp>
#include <hikari/rest/expression_options.hpp>
#include <hikari/rest/gateway_bot_info.hpp>
#include <hikari/rest/guild_admin_options.hpp>
#include <hikari/rest/guild_event_options.hpp>
#include <hikari/rest/guild_settings_options.hpp>
#include <hikari/rest/invite_options.hpp>
#include <hikari/rest/lobby_options.hpp>
#include <hikari/rest/message_options.hpp>
#include <hikari/rest/monetization_options.hpp>
#include <hikari/rest/paginator.hpp>
#include <hikari/rest/rest_entities.hpp>
#include <hikari/rest/rest_options.hpp>
#include <hikari/rest/thread_options.hpp>
#include <hikari/rest/webhook_options.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

/// Where fetch_messages starts; default: the newest messages, going back in time.
struct MessagesFrom {
    UndefinedOr<Snowflake> before = {};
    UndefinedOr<Snowflake> after = {};  ///< oldest first from here
};

/// How the client stands with Discord's limits (for tests and monitoring).
struct RESTStats {
    std::size_t requests_sent = 0;
    std::size_t rate_limited_responses = 0;
    std::size_t retries = 0;
    std::size_t connections_opened = 0;
};

class RESTClient {
  public:
    /// Validates the options (ValueError). No connection is made before the first request.
    RESTClient(boost::asio::any_io_executor executor, Token token, RESTOptions options = {});
    ~RESTClient();
    RESTClient(RESTClient&&) noexcept;
    RESTClient& operator=(RESTClient&&) noexcept;
    RESTClient(const RESTClient&) = delete;
    RESTClient& operator=(const RESTClient&) = delete;

    [[nodiscard]] RESTStats stats() const;
    /// Drops idle keep-alive connections.
    void close_idle_connections();

    // --- gateway -----------------------------------------------------------------------
    Task<std::string> fetch_gateway_url();
    Task<GatewayBotInfo> fetch_gateway_bot_info();

    // --- users -------------------------------------------------------------------------
    Task<User> fetch_my_user();
    Task<User> fetch_user(Snowflake user);
    Task<User> edit_my_user(MyUserEditOptions options);
    Task<Channel> create_dm_channel(Snowflake user);
    Task<void> leave_guild(Snowflake guild);
    /// The guilds the bot is in, by ascending id from `after`, 200 per request; with_counts
    /// adds approximate member and presence counts.
    Paginator<OwnGuild> fetch_my_guilds(bool with_counts = false,
                                        std::optional<Snowflake> after = std::nullopt);
    /// The bot's own member object in a guild.
    Task<Member> fetch_my_member(Snowflake guild);

    // --- messages ----------------------------------------------------------------------
    Task<Message> create_message(Snowflake channel, MessageCreateOptions options);
    Task<Message> edit_message(Snowflake channel, Snowflake message, MessageEditOptions options);
    Task<void> delete_message(Snowflake channel, Snowflake message,
                              std::optional<std::string> reason = std::nullopt);
    /// Deletes any number of messages: 2 to 100 per bulk request, single deletes for a lone
    /// one. Throws BulkDeleteError saying which were deleted when a chunk fails part-way.
    Task<void> delete_messages(Snowflake channel, std::vector<Snowflake> messages,
                               std::optional<std::string> reason = std::nullopt);
    Task<Message> fetch_message(Snowflake channel, Snowflake message);
    Paginator<Message> fetch_messages(Snowflake channel, MessagesFrom from = {});
    /// The up to `limit` (1-100) messages around one; a single request.
    Task<std::vector<Message>> fetch_messages_around(Snowflake channel, Snowflake around,
                                                     int limit = 50);
    Task<Message> crosspost_message(Snowflake channel, Snowflake message);
    /// Searches a guild's messages, one page of up to 25 per call (page on with
    /// options.offset). Needs READ_MESSAGE_HISTORY and the message content intent.
    Task<MessageSearchResult> search_guild_messages(Snowflake guild,
                                                    MessageSearchOptions options = {});

    // --- reactions ---------------------------------------------------------------------
    /// `emoji` is a unicode emoji ("👍") or "name:id" for a custom one.
    Task<void> add_reaction(Snowflake channel, Snowflake message, std::string emoji);
    Task<void> delete_my_reaction(Snowflake channel, Snowflake message, std::string emoji);
    Task<void> delete_reaction(Snowflake channel, Snowflake message, std::string emoji,
                               Snowflake user);
    Task<void> delete_all_reactions(Snowflake channel, Snowflake message);
    Task<void> delete_all_reactions_for_emoji(Snowflake channel, Snowflake message,
                                              std::string emoji);
    Paginator<User> fetch_reactions_for_emoji(Snowflake channel, Snowflake message,
                                              std::string emoji);

    // --- threads -----------------------------------------------------------------------
    Task<Channel> start_thread_from_message(Snowflake channel, Snowflake message,
                                            ThreadStartOptions options,
                                            std::optional<std::string> reason = std::nullopt);
    /// A thread without a starter message (public unless options.type says otherwise).
    Task<Channel> start_thread(Snowflake channel, ThreadStartOptions options,
                               std::optional<std::string> reason = std::nullopt);
    /// A post in a forum or media channel; the first message's id is the thread's id.
    Task<Channel> create_forum_post(Snowflake channel, ForumPostOptions options,
                                    std::optional<std::string> reason = std::nullopt);
    Task<void> join_thread(Snowflake thread);
    Task<void> leave_thread(Snowflake thread);
    Task<void> add_thread_member(Snowflake thread, Snowflake user);
    Task<void> remove_thread_member(Snowflake thread, Snowflake user);
    Task<ThreadMember> fetch_thread_member(Snowflake thread, Snowflake user,
                                           bool with_member = false);
    /// Members of a thread by ascending user id; Discord pages them (100 per request) only
    /// with_member, otherwise one request returns them all.
    Paginator<ThreadMember> fetch_thread_members(Snowflake thread, bool with_member = false);
    Task<ThreadList> fetch_active_threads(Snowflake guild);
    /// Archived threads of a channel, most recently archived first, 100 per request.
    Paginator<Channel> fetch_archived_threads(Snowflake channel,
                                              ArchivedThreads which = ArchivedThreads::public_,
                                              std::optional<Timestamp> before = std::nullopt);

    /// Searches the threads of a channel (forum and media channels above all), one page of
    /// up to 25 per call; page on with options.offset.
    Task<ThreadSearchResult> search_threads(Snowflake channel, ThreadSearchOptions options = {});

    // --- invites -----------------------------------------------------------------------
    Task<Invite> create_invite(Snowflake channel, InviteCreateOptions options = {},
                               std::optional<std::string> reason = std::nullopt);
    Task<std::vector<Invite>> fetch_channel_invites(Snowflake channel);
    Task<std::vector<Invite>> fetch_guild_invites(Snowflake guild);
    Task<Invite> fetch_invite(std::string code, InviteFetchOptions options = {});
    /// Returns the deleted invite.
    Task<Invite> delete_invite(std::string code, std::optional<std::string> reason = std::nullopt);
    /// The users an invite is limited to (the inviter, MANAGE_GUILD or VIEW_AUDIT_LOG).
    Task<std::vector<Snowflake>> fetch_invite_target_users(std::string code);
    /// Replaces them (the inviter or MANAGE_GUILD); Discord processes the list as a job.
    Task<void> edit_invite_target_users(std::string code, std::vector<Snowflake> users);
    Task<InviteTargetUsersJob> fetch_invite_target_users_job(std::string code);

    // --- emojis ------------------------------------------------------------------------
    Task<std::vector<Emoji>> fetch_guild_emojis(Snowflake guild);
    Task<Emoji> fetch_guild_emoji(Snowflake guild, Snowflake emoji);
    Task<Emoji> create_guild_emoji(Snowflake guild, EmojiCreateOptions options,
                                   std::optional<std::string> reason = std::nullopt);
    Task<Emoji> edit_guild_emoji(Snowflake guild, Snowflake emoji, EmojiEditOptions options,
                                 std::optional<std::string> reason = std::nullopt);
    Task<void> delete_guild_emoji(Snowflake guild, Snowflake emoji,
                                  std::optional<std::string> reason = std::nullopt);
    Task<std::vector<Emoji>> fetch_application_emojis(Snowflake application);
    Task<Emoji> fetch_application_emoji(Snowflake application, Snowflake emoji);
    /// options.roles must be empty: application emojis have none.
    Task<Emoji> create_application_emoji(Snowflake application, EmojiCreateOptions options);
    Task<Emoji> edit_application_emoji(Snowflake application, Snowflake emoji, std::string name);
    Task<void> delete_application_emoji(Snowflake application, Snowflake emoji);

    // --- stickers ----------------------------------------------------------------------
    Task<Sticker> fetch_sticker(Snowflake sticker);
    Task<std::vector<StickerPack>> fetch_sticker_packs();
    Task<StickerPack> fetch_sticker_pack(Snowflake pack);
    Task<std::vector<Sticker>> fetch_guild_stickers(Snowflake guild);
    Task<Sticker> fetch_guild_sticker(Snowflake guild, Snowflake sticker);
    /// Uploads the file as multipart/form-data.
    Task<Sticker> create_guild_sticker(Snowflake guild, StickerCreateOptions options,
                                       std::optional<std::string> reason = std::nullopt);
    Task<Sticker> edit_guild_sticker(Snowflake guild, Snowflake sticker, StickerEditOptions options,
                                     std::optional<std::string> reason = std::nullopt);
    Task<void> delete_guild_sticker(Snowflake guild, Snowflake sticker,
                                    std::optional<std::string> reason = std::nullopt);

    // --- scheduled events --------------------------------------------------------------
    Task<std::vector<GuildScheduledEvent>> fetch_scheduled_events(Snowflake guild,
                                                                  bool with_user_count = false);
    Task<GuildScheduledEvent> fetch_scheduled_event(Snowflake guild, Snowflake event,
                                                    bool with_user_count = false);
    Task<GuildScheduledEvent> create_scheduled_event(
        Snowflake guild, ScheduledEventCreateOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<GuildScheduledEvent> edit_scheduled_event(
        Snowflake guild, Snowflake event, ScheduledEventEditOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<void> delete_scheduled_event(Snowflake guild, Snowflake event);
    /// Users interested in an event, by ascending user id, 100 per request.
    Paginator<ScheduledEventUser> fetch_scheduled_event_users(Snowflake guild, Snowflake event,
                                                              bool with_member = false);
    /// The number of interested users, and per exception for up to 10 exception ids.
    Task<ScheduledEventUserCounts> fetch_scheduled_event_user_counts(
        Snowflake guild, Snowflake event, std::vector<Snowflake> exception_ids = {});
    /// Moves or cancels one occurrence of a recurring event (MANAGE_EVENTS).
    Task<GuildScheduledEventException> create_scheduled_event_exception(
        Snowflake guild, Snowflake event, ScheduledEventExceptionCreateOptions options);
    Task<GuildScheduledEventException> edit_scheduled_event_exception(
        Snowflake guild, Snowflake event, Snowflake exception,
        ScheduledEventExceptionEditOptions options);
    Task<void> delete_scheduled_event_exception(Snowflake guild, Snowflake event,
                                                Snowflake exception);
    /// Users interested in one occurrence, by ascending user id, 100 per request.
    Paginator<ScheduledEventUser> fetch_scheduled_event_exception_users(Snowflake guild,
                                                                        Snowflake event,
                                                                        Snowflake exception,
                                                                        bool with_member = false);

    // --- stage instances ---------------------------------------------------------------
    Task<StageInstance> create_stage_instance(StageInstanceCreateOptions options,
                                              std::optional<std::string> reason = std::nullopt);
    Task<StageInstance> fetch_stage_instance(Snowflake channel);
    Task<StageInstance> edit_stage_instance(Snowflake channel, StageInstanceEditOptions options,
                                            std::optional<std::string> reason = std::nullopt);
    Task<void> delete_stage_instance(Snowflake channel,
                                     std::optional<std::string> reason = std::nullopt);

    // --- polls -------------------------------------------------------------------------
    /// Ends a poll the bot created early; returns its message with the final results.
    Task<Message> end_poll(Snowflake channel, Snowflake message);
    /// Users who voted for one answer, by ascending user id, 100 per request.
    Paginator<User> fetch_poll_voters(Snowflake channel, Snowflake message, std::int32_t answer_id);

    // --- voice states ------------------------------------------------------------------
    Task<VoiceState> fetch_my_voice_state(Snowflake guild);
    Task<VoiceState> fetch_voice_state(Snowflake guild, Snowflake user);
    Task<void> edit_my_voice_state(Snowflake guild, MyVoiceStateEditOptions options);
    Task<void> edit_voice_state(Snowflake guild, Snowflake user, VoiceStateEditOptions options);
    Task<std::vector<VoiceRegion>> fetch_voice_regions();
    /// Sets (or, with nullopt, clears) the status shown under a voice channel.
    Task<void> set_voice_channel_status(Snowflake channel, std::optional<std::string> status);

    // --- soundboard --------------------------------------------------------------------
    /// Plays a sound in the voice channel the bot is connected to. source_guild names the
    /// guild of a sound from another guild.
    Task<void> send_soundboard_sound(Snowflake channel, Snowflake sound,
                                     std::optional<Snowflake> source_guild = std::nullopt);
    Task<std::vector<SoundboardSound>> fetch_default_soundboard_sounds();
    Task<std::vector<SoundboardSound>> fetch_guild_soundboard_sounds(Snowflake guild);
    Task<SoundboardSound> fetch_guild_soundboard_sound(Snowflake guild, Snowflake sound);
    Task<SoundboardSound> create_guild_soundboard_sound(
        Snowflake guild, SoundboardSoundCreateOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<SoundboardSound> edit_guild_soundboard_sound(
        Snowflake guild, Snowflake sound, SoundboardSoundEditOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<void> delete_guild_soundboard_sound(Snowflake guild, Snowflake sound,
                                             std::optional<std::string> reason = std::nullopt);

    // --- channel follow ----------------------------------------------------------------
    /// Follows an announcement channel into `target` (a webhook posts its crossposts there).
    Task<FollowedChannel> follow_channel(Snowflake announcement_channel, Snowflake target,
                                         std::optional<std::string> reason = std::nullopt);

    // --- group DMs ---------------------------------------------------------------------
    /// Adds a user to a group DM with the user's OAuth2 access token (gdm.join scope).
    Task<void> add_group_dm_recipient(Snowflake channel, Snowflake user, std::string access_token,
                                      std::optional<std::string> nick = std::nullopt);
    Task<void> remove_group_dm_recipient(Snowflake channel, Snowflake user);

    // --- channels ----------------------------------------------------------------------
    Task<Channel> fetch_channel(Snowflake channel);
    Task<Channel> edit_channel(Snowflake channel, ChannelEditOptions options,
                               std::optional<std::string> reason = std::nullopt);
    Task<Channel> delete_channel(Snowflake channel,
                                 std::optional<std::string> reason = std::nullopt);
    Task<void> edit_permission_overwrite(Snowflake channel, PermissionOverwrite overwrite,
                                         std::optional<std::string> reason = std::nullopt);
    Task<void> delete_permission_overwrite(Snowflake channel, Snowflake target,
                                           std::optional<std::string> reason = std::nullopt);
    Task<void> trigger_typing(Snowflake channel);
    /// The latest 50 pinned messages (Discord's deprecated GET /pins).
    Task<std::vector<Message>> fetch_pins(Snowflake channel);
    /// Every pin with its time, most recently pinned first, 50 per request; `before` starts
    /// the listing at an earlier pin time.
    Paginator<MessagePin> fetch_pinned_messages(Snowflake channel,
                                                std::optional<Timestamp> before = std::nullopt);
    Task<void> pin_message(Snowflake channel, Snowflake message,
                           std::optional<std::string> reason = std::nullopt);
    Task<void> unpin_message(Snowflake channel, Snowflake message,
                             std::optional<std::string> reason = std::nullopt);
    /// The same through Discord's deprecated PUT/DELETE /channels/{id}/pins/{message} routes,
    /// kept for code written against them.
    [[deprecated("use pin_message (the /messages/pins route)")]] Task<void> pin_message_legacy(
        Snowflake channel, Snowflake message, std::optional<std::string> reason = std::nullopt);
    [[deprecated("use unpin_message (the /messages/pins route)")]] Task<void> unpin_message_legacy(
        Snowflake channel, Snowflake message, std::optional<std::string> reason = std::nullopt);

    // --- guilds ------------------------------------------------------------------------
    Task<Guild> fetch_guild(Snowflake guild);
    Task<Guild> edit_guild(Snowflake guild, GuildEditOptions options,
                           std::optional<std::string> reason = std::nullopt);
    Task<std::vector<Channel>> fetch_guild_channels(Snowflake guild);
    Task<Channel> create_guild_channel(Snowflake guild, GuildChannelCreateOptions options,
                                       std::optional<std::string> reason = std::nullopt);
    Task<void> edit_channel_positions(Snowflake guild, std::vector<PositionChange> positions);
    Task<std::vector<Role>> fetch_roles(Snowflake guild);
    Task<Role> fetch_role(Snowflake guild, Snowflake role);
    /// How many members have each role (not @everyone).
    Task<RoleMemberCounts> fetch_role_member_counts(Snowflake guild);
    Task<Role> create_role(Snowflake guild, RoleOptions options,
                           std::optional<std::string> reason = std::nullopt);
    Task<Role> edit_role(Snowflake guild, Snowflake role, RoleOptions options,
                         std::optional<std::string> reason = std::nullopt);
    Task<void> delete_role(Snowflake guild, Snowflake role,
                           std::optional<std::string> reason = std::nullopt);
    Task<std::vector<Role>> edit_role_positions(Snowflake guild,
                                                std::vector<PositionChange> positions);

    // --- members -----------------------------------------------------------------------
    Task<Member> fetch_member(Snowflake guild, Snowflake user);
    /// Every member, by ascending user id, 1000 per request.
    Paginator<Member> fetch_members(Snowflake guild);
    /// Members whose username or nickname starts with `query` (1-1000 results).
    Task<std::vector<Member>> search_members(Snowflake guild, std::string query, int limit = 1);
    Task<Member> edit_member(Snowflake guild, Snowflake user, MemberEditOptions options,
                             std::optional<std::string> reason = std::nullopt);
    Task<void> add_role_to_member(Snowflake guild, Snowflake user, Snowflake role,
                                  std::optional<std::string> reason = std::nullopt);
    Task<void> remove_role_from_member(Snowflake guild, Snowflake user, Snowflake role,
                                       std::optional<std::string> reason = std::nullopt);
    /// Adds a user to the guild with their OAuth2 token (guilds.join scope); nullopt when
    /// they already were a member (Discord answers 204 and changes nothing).
    Task<std::optional<Member>> add_member(Snowflake guild, Snowflake user,
                                           std::string access_token, MemberAddOptions options = {});
    /// Changes the bot's own nickname in a guild (none resets it).
    Task<Member> edit_my_member(Snowflake guild, UndefinedNoneOr<std::string> nickname,
                                std::optional<std::string> reason = std::nullopt);
    Task<void> kick_member(Snowflake guild, Snowflake user,
                           std::optional<std::string> reason = std::nullopt);

    // --- bans --------------------------------------------------------------------------
    Task<void> ban_user(Snowflake guild, Snowflake user,
                        std::optional<std::chrono::seconds> delete_message_history = {},
                        std::optional<std::string> reason = std::nullopt);
    Task<void> unban_user(Snowflake guild, Snowflake user,
                          std::optional<std::string> reason = std::nullopt);
    Task<GuildBan> fetch_ban(Snowflake guild, Snowflake user);
    /// Every ban, by ascending user id.
    Paginator<GuildBan> fetch_bans(Snowflake guild);

    // --- webhooks ----------------------------------------------------------------------
    Task<Webhook> create_webhook(Snowflake channel, std::string name,
                                 std::optional<std::string> reason = std::nullopt);
    Task<Webhook> fetch_webhook(Snowflake webhook);
    Task<std::vector<Webhook>> fetch_channel_webhooks(Snowflake channel);
    Task<void> delete_webhook(Snowflake webhook, std::optional<std::string> reason = std::nullopt);
    /// Posts through a webhook with its token (no bot authorization). With wait, returns
    /// the created message; without, nullopt. thread_id posts into a thread of the channel.
    Task<std::optional<Message>> execute_webhook(Snowflake webhook, std::string token,
                                                 MessageCreateOptions options, bool wait = true,
                                                 std::optional<Snowflake> thread_id = {});
    /// Posts a Slack incoming-webhook payload (JSON text with text, username, icon_url and
    /// attachments) through the webhook; Discord turns it into a message.
    Task<void> execute_slack_webhook(Snowflake webhook, std::string token,
                                     std::string slack_payload_json, bool wait = true,
                                     std::optional<Snowflake> thread_id = {});
    /// Posts a GitHub webhook delivery: `event` is its X-GitHub-Event header (push, issues,
    /// pull_request, release, ...), the payload its JSON body. Discord turns the events it
    /// supports into an embed and ignores the others.
    Task<void> execute_github_webhook(Snowflake webhook, std::string token, std::string event,
                                      std::string github_payload_json, bool wait = true,
                                      std::optional<Snowflake> thread_id = {});

    // --- application commands ----------------------------------------------------------
    Task<std::vector<ApplicationCommand>> fetch_application_commands(
        Snowflake application, std::optional<Snowflake> guild = std::nullopt);
    Task<ApplicationCommand> create_application_command(
        Snowflake application, CommandDefinition command,
        std::optional<Snowflake> guild = std::nullopt);
    Task<void> delete_application_command(Snowflake application, Snowflake command,
                                          std::optional<Snowflake> guild = std::nullopt);
    Task<std::vector<ApplicationCommand>> set_application_commands(
        Snowflake application, std::vector<CommandDefinition> commands,
        std::optional<Snowflake> guild = std::nullopt);

    // --- interactions ------------------------------------------------------------------
    /// Answers an interaction; `type` is the response type (4 message, 5 deferred message,
    /// 6 deferred update, 7 update, 9 modal...), `options` the message for message types.
    Task<void> create_interaction_response(Snowflake interaction, std::string token, int type,
                                           MessageCreateOptions options = {});
    /// Answers an interaction with any response as a model: autocomplete choices (type 8),
    /// a modal (9), or a message without files. The body is the model's JSON.
    Task<void> create_interaction_response(Snowflake interaction, std::string token,
                                           InteractionResponse response);
    Task<Message> edit_interaction_response(Snowflake application, std::string token,
                                            MessageEditOptions options);
    Task<void> delete_interaction_response(Snowflake application, std::string token);
    Task<Message> create_followup_message(Snowflake application, std::string token,
                                          MessageCreateOptions options);

    // --- audit log ---------------------------------------------------------------------
    /// Entries newest first (or forwards from filter.after), 100 per request.
    Paginator<AuditLogEntry> fetch_audit_log(Snowflake guild, AuditLogFilter filter = {});
    /// One page (1-100 entries) with the users, integrations and rules the entries name.
    Task<AuditLog> fetch_audit_log_page(Snowflake guild, AuditLogFilter filter = {},
                                        int limit = 50);

    // --- prune and bulk ban ------------------------------------------------------------
    /// How many members begin_guild_prune would remove.
    Task<int> estimate_guild_prune_count(Snowflake guild, int days = 7,
                                         std::vector<Snowflake> include_roles = {});
    /// Kicks the inactive members; the number kicked, or nullopt when not computed.
    Task<std::optional<int>> begin_guild_prune(Snowflake guild, GuildPruneOptions options = {},
                                               std::optional<std::string> reason = std::nullopt);
    /// Bans 1 to 200 users at once; which were banned and which failed.
    Task<BulkBanResult> bulk_ban_users(
        Snowflake guild, std::vector<Snowflake> users,
        std::optional<std::chrono::seconds> delete_message_history = {},
        std::optional<std::string> reason = std::nullopt);

    // --- integrations ------------------------------------------------------------------
    Task<std::vector<Integration>> fetch_integrations(Snowflake guild);
    Task<void> delete_integration(Snowflake guild, Snowflake integration,
                                  std::optional<std::string> reason = std::nullopt);

    // --- auto moderation ---------------------------------------------------------------
    Task<std::vector<AutoModerationRule>> fetch_auto_moderation_rules(Snowflake guild);
    Task<AutoModerationRule> fetch_auto_moderation_rule(Snowflake guild, Snowflake rule);
    Task<AutoModerationRule> create_auto_moderation_rule(
        Snowflake guild, AutoModerationRuleOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<AutoModerationRule> edit_auto_moderation_rule(
        Snowflake guild, Snowflake rule, AutoModerationRuleOptions options,
        std::optional<std::string> reason = std::nullopt);
    Task<void> delete_auto_moderation_rule(Snowflake guild, Snowflake rule,
                                           std::optional<std::string> reason = std::nullopt);

    // --- application commands, one at a time --------------------------------------------
    Task<ApplicationCommand> fetch_application_command(
        Snowflake application, Snowflake command, std::optional<Snowflake> guild = std::nullopt);
    Task<ApplicationCommand> edit_application_command(
        Snowflake application, Snowflake command, CommandEditOptions options,
        std::optional<Snowflake> guild = std::nullopt);

    // --- guild settings: widget, welcome screen, onboarding, preview, regions -----------
    Task<WidgetSettings> fetch_widget_settings(Snowflake guild);
    Task<WidgetSettings> edit_widget_settings(Snowflake guild, WidgetSettingsEditOptions options,
                                              std::optional<std::string> reason = std::nullopt);
    /// The public widget JSON (NotFoundError/ForbiddenError when the widget is disabled).
    Task<Widget> fetch_widget(Snowflake guild);
    /// The public widget as PNG bytes (ForbiddenError when the widget is disabled).
    Task<std::string> fetch_widget_image(Snowflake guild,
                                         WidgetImageStyle style = WidgetImageStyle::shield);
    Task<WelcomeScreen> fetch_welcome_screen(Snowflake guild);
    Task<WelcomeScreen> edit_welcome_screen(Snowflake guild, WelcomeScreenEditOptions options,
                                            std::optional<std::string> reason = std::nullopt);
    Task<Onboarding> fetch_onboarding(Snowflake guild);
    Task<Onboarding> edit_onboarding(Snowflake guild, OnboardingEditOptions options,
                                     std::optional<std::string> reason = std::nullopt);
    Task<GuildPreview> fetch_guild_preview(Snowflake guild);
    /// The vanity invite code (null when none is set) and its uses; needs MANAGE_GUILD.
    Task<VanityUrl> fetch_vanity_url(Snowflake guild);
    /// Pauses (or resumes) invites and DMs during a raid; needs MANAGE_GUILD.
    Task<IncidentsData> edit_incident_actions(Snowflake guild, IncidentActionsEditOptions options);
    Task<std::vector<VoiceRegion>> fetch_guild_voice_regions(Snowflake guild);
    /// What the guild shows new members; nullopt when it has nothing set up (204).
    Task<std::optional<GuildHomeSettings>> fetch_new_member_welcome(Snowflake guild);
    /// Join requests of a guild that reviews applicants (KICK_MEMBERS or MANAGE_GUILD).
    Task<GuildJoinRequestPage> fetch_join_requests(Snowflake guild,
                                                   JoinRequestListOptions options = {});
    /// Lets a submitted request's user in.
    Task<GuildJoinRequest> approve_join_request(Snowflake guild, Snowflake request);
    /// Turns a submitted request down; the reason (up to 160 characters) is shown to the user.
    Task<GuildJoinRequest> reject_join_request(Snowflake guild, Snowflake request,
                                               std::optional<std::string> reason = std::nullopt);

    // --- guild templates ---------------------------------------------------------------
    /// Any template by its code (no permission needed).
    Task<GuildTemplate> fetch_template(std::string code);
    /// The guild's templates (Discord allows one); the rest need MANAGE_GUILD.
    Task<std::vector<GuildTemplate>> fetch_guild_templates(Snowflake guild);
    /// name: 1-100 characters; description: up to 120.
    Task<GuildTemplate> create_template(Snowflake guild, std::string name,
                                        std::optional<std::string> description = std::nullopt);
    /// Replaces the template's snapshot with the guild's current state.
    Task<GuildTemplate> sync_template(Snowflake guild, std::string code);
    Task<GuildTemplate> edit_template(Snowflake guild, std::string code,
                                      GuildTemplateEditOptions options);
    /// Returns the deleted template.
    Task<GuildTemplate> delete_template(Snowflake guild, std::string code);

    // --- interactions, completing the family --------------------------------------------
    /// Answers an autocomplete interaction (response type 8) with up to 25 choices.
    Task<void> create_autocomplete_response(Snowflake interaction, std::string token,
                                            std::vector<ApplicationCommandOptionChoice> choices);
    /// Answers with a modal (response type 9).
    Task<void> create_modal_response(Snowflake interaction, std::string token, ModalResponse modal);
    Task<Message> fetch_interaction_response(Snowflake application, std::string token);
    Task<Message> fetch_followup_message(Snowflake application, std::string token,
                                         Snowflake message);
    Task<Message> edit_followup_message(Snowflake application, std::string token, Snowflake message,
                                        MessageEditOptions options);
    Task<void> delete_followup_message(Snowflake application, std::string token, Snowflake message);

    // --- webhooks, completing the family ------------------------------------------------
    /// With `token`, edits through the webhook's own token (no bot authorization; the
    /// channel cannot change then).
    Task<Webhook> edit_webhook(Snowflake webhook, WebhookEditOptions options,
                               std::optional<std::string> token = std::nullopt,
                               std::optional<std::string> reason = std::nullopt);
    Task<Webhook> fetch_webhook_with_token(Snowflake webhook, std::string token);
    Task<std::vector<Webhook>> fetch_guild_webhooks(Snowflake guild);
    Task<void> delete_webhook_with_token(Snowflake webhook, std::string token);
    Task<Message> fetch_webhook_message(Snowflake webhook, std::string token, Snowflake message,
                                        std::optional<Snowflake> thread_id = std::nullopt);
    Task<Message> edit_webhook_message(Snowflake webhook, std::string token, Snowflake message,
                                       MessageEditOptions options,
                                       std::optional<Snowflake> thread_id = std::nullopt);
    Task<void> delete_webhook_message(Snowflake webhook, std::string token, Snowflake message,
                                      std::optional<Snowflake> thread_id = std::nullopt);

    // --- the application and command permissions ----------------------------------------
    Task<Application> fetch_my_application();
    Task<Application> edit_my_application(ApplicationEditOptions options);
    /// The same by id (it must be the bot's own application).
    Task<Application> fetch_application(Snowflake application);
    Task<Application> edit_application(Snowflake application, ApplicationEditOptions options);
    /// The bot's application as OAuth2 shows it (GET /oauth2/applications/@me).
    Task<Application> fetch_oauth2_application();
    /// A running instance of the application's activity (NotFoundError once it ended).
    Task<ActivityInstance> fetch_activity_instance(Snowflake application, std::string instance_id);
    /// Uploads a file an activity can show or share (POST /applications/{id}/attachment);
    /// returns it with its CDN url.
    Task<Attachment> upload_application_attachment(Snowflake application, FileUpload file);
    /// The metadata fields the application offers for linked roles.
    Task<std::vector<ApplicationRoleConnectionMetadata>> fetch_role_connection_metadata(
        Snowflake application);
    /// Replaces them all (at most 5); returns what Discord stored.
    Task<std::vector<ApplicationRoleConnectionMetadata>> set_role_connection_metadata(
        Snowflake application, std::vector<ApplicationRoleConnectionMetadata> records);
    /// The current user's connection to the application. These three take an OAuth2 Bearer
    /// token with the role_connections.write scope (Token::bearer), not a bot token.
    Task<ApplicationRoleConnection> fetch_my_role_connection(Snowflake application);
    Task<ApplicationRoleConnection> edit_my_role_connection(Snowflake application,
                                                            RoleConnectionEditOptions options);
    Task<void> delete_my_role_connection(Snowflake application);
    /// Every command's permissions in a guild (only those that were ever set).
    Task<std::vector<GuildApplicationCommandPermissions>> fetch_guild_command_permissions(
        Snowflake application, Snowflake guild);
    Task<GuildApplicationCommandPermissions> fetch_command_permissions(Snowflake application,
                                                                       Snowflake guild,
                                                                       Snowflake command);
    /// Replaces a command's permissions (up to 100). Discord takes this only with a Bearer
    /// token of a user who may manage the guild, not with a bot token.
    Task<GuildApplicationCommandPermissions> edit_command_permissions(
        Snowflake application, Snowflake guild, Snowflake command,
        std::vector<ApplicationCommandPermission> permissions);

    // --- lobbies (Social SDK) -------------------------------------------------------------
    // The bot token manages lobbies; a user's Bearer token (sdk.social_layer scope) joins,
    // leaves, links channels and chats, as marked.
    Task<Lobby> create_lobby(LobbyCreateOptions options = {});
    /// Bearer: joins the lobby of the secret, creating it first when there is none.
    Task<Lobby> create_or_join_lobby(LobbyJoinOptions options);
    Task<Lobby> fetch_lobby(Snowflake lobby);
    Task<Lobby> edit_lobby(Snowflake lobby, LobbyEditOptions options);
    /// Safe to call for a lobby that is already gone.
    Task<void> delete_lobby(Snowflake lobby);
    Task<LobbyMember> add_lobby_member(Snowflake lobby, Snowflake user,
                                       LobbyMemberOptions options = {});
    Task<void> remove_lobby_member(Snowflake lobby, Snowflake user);
    /// Up to 25 upserts and removals; returns the upserted members.
    Task<std::vector<LobbyMember>> bulk_update_lobby_members(
        Snowflake lobby, std::vector<LobbyMemberUpdate> members);
    /// Bearer: the token's user leaves.
    Task<void> leave_lobby(Snowflake lobby);
    /// Bearer, by a member with can_link_lobby: links a guild text channel (nullopt unlinks).
    Task<Lobby> link_lobby_channel(Snowflake lobby, std::optional<Snowflake> channel);
    /// A single-use invite code to the linked channel, for the token's user (Bearer) or for
    /// a member (bot).
    Task<std::string> create_lobby_invite_for_self(Snowflake lobby);
    Task<std::string> create_lobby_invite_for_user(Snowflake lobby, Snowflake user);
    /// Bearer, by a member: the most recent messages (limit 1-200, default 50).
    Task<std::vector<LobbyMessage>> fetch_lobby_messages(Snowflake lobby,
                                                         std::optional<int> limit = std::nullopt);
    Task<LobbyMessage> send_lobby_message(Snowflake lobby, LobbyMessageOptions options);
    /// Bot: the app's moderation verdict on a message (up to 5 keys).
    Task<void> set_lobby_message_moderation_metadata(Snowflake lobby, Snowflake message,
                                                     Dict<std::string> metadata);

    // --- Social SDK provisional accounts -----------------------------------------------
    /// A provisional account's token from the game's identity proof (Discord also takes this
    /// without a bot token).
    Task<ProvisionalToken> fetch_provisional_token(ExternalAuthOptions options);
    /// The same, vouched for by the bot: the player named by the game's user id.
    Task<ProvisionalToken> fetch_provisional_token_for_player(BotProvisionalTokenOptions options);
    /// Splits a provisional account from the Discord account it was merged into.
    Task<void> unmerge_provisional_account(ExternalAuthOptions options);
    Task<void> unmerge_provisional_account_for_player(std::string external_user_id);
    /// Bot: the app's moderation verdict on a DM message between two users (up to 5 keys).
    Task<void> set_dm_message_moderation_metadata(Snowflake user_1, Snowflake user_2,
                                                  Snowflake message, Dict<std::string> metadata);

    // --- OAuth2: what a Bearer token (Token::bearer) asks about its user ----------------
    /// The authorization behind the token: application, scopes, expiry, and the user with
    /// the identify scope. Bearer tokens only.
    Task<OAuth2Authorization> fetch_my_authorization();
    /// The public keys that sign OpenID Connect id tokens (no authorization needed).
    Task<std::vector<OAuth2Key>> fetch_oauth2_keys();
    /// OpenID Connect claims about the token's user (openid scope; email with email).
    Task<OpenIDUserInfo> fetch_openid_userinfo();
    /// The accounts the token's user linked (connections scope).
    Task<std::vector<Connection>> fetch_my_connections();
    /// The token's user's entitlements to the application, optionally only some SKUs' and
    /// without consumed ones. Bearer tokens only.
    Task<std::vector<Entitlement>> fetch_my_entitlements(Snowflake application,
                                                         std::vector<Snowflake> sku_ids = {},
                                                         bool exclude_consumed = false);

    // --- monetization: SKUs, entitlements, subscriptions -----------------------------------
    Task<std::vector<Sku>> fetch_skus(Snowflake application);
    Paginator<Entitlement> fetch_entitlements(Snowflake application, EntitlementFilter filter = {});
    Task<Entitlement> fetch_entitlement(Snowflake application, Snowflake entitlement);
    /// Marks a one-time purchase consumable entitlement as used.
    Task<void> consume_entitlement(Snowflake application, Snowflake entitlement);
    /// A free entitlement for testing a premium offering.
    Task<Entitlement> create_test_entitlement(Snowflake application, Snowflake sku, Snowflake owner,
                                              EntitlementOwnerType owner_type);
    Task<void> delete_test_entitlement(Snowflake application, Snowflake entitlement);
    /// A user's subscriptions to a SKU (the first 100).
    Task<std::vector<AppSubscription>> fetch_sku_subscriptions(Snowflake sku, Snowflake user);
    Task<AppSubscription> fetch_sku_subscription(Snowflake sku, Snowflake subscription);

    class Impl;

  private:
    std::shared_ptr<Impl> impl_ = {};
};

}  // namespace hikari
