#pragma once
// The read side of the gateway state cache (the counterpart of hikari.api.cache.Cache).
// Lookups return copies built on demand: the cache stores compact records, not these models
// (see MemoryCache for what a copy does not carry). Not thread-safe: use it from the thread
// that runs the gateway dispatch.

#include <hikari/core/config.hpp>
#include <hikari/model/channel.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/invite.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/presence.hpp>
#include <hikari/model/role.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/model/user.hpp>
#include <hikari/model/voice.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace hikari {

class Cache {
  public:
    Cache() = default;
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;
    Cache(Cache&&) = delete;
    Cache& operator=(Cache&&) = delete;
    virtual ~Cache() = default;

    [[nodiscard]] virtual const CacheSettings& settings() const noexcept = 0;

    // --- users ------------------------------------------------------------------------
    /// The bot's own user, from READY and USER_UPDATE.
    [[nodiscard]] virtual std::optional<User> get_me() const = 0;
    /// A user some cached member or message refers to (or the bot itself).
    [[nodiscard]] virtual std::optional<User> get_user(Snowflake user) const = 0;
    [[nodiscard]] virtual std::vector<User> get_users() const = 0;
    [[nodiscard]] virtual std::size_t user_count() const noexcept = 0;

    // --- guilds -----------------------------------------------------------------------
    /// The guild with its roles, emojis and stickers (from their own components); the
    /// GUILD_CREATE lists (members, channels, ...) are left empty: ask for them separately.
    /// A guild in an outage is still returned, with `unavailable` set.
    [[nodiscard]] virtual std::optional<Guild> get_guild(Snowflake guild) const = 0;
    [[nodiscard]] virtual std::vector<Guild> get_guilds() const = 0;
    [[nodiscard]] virtual std::size_t guild_count() const noexcept = 0;
    /// Guilds announced by READY and not yet created, or in an outage.
    [[nodiscard]] virtual std::vector<Snowflake> get_unavailable_guild_ids() const = 0;

    // --- channels and threads -----------------------------------------------------------
    [[nodiscard]] virtual std::optional<Channel> get_guild_channel(Snowflake channel) const = 0;
    /// Sorted by position, then id.
    [[nodiscard]] virtual std::vector<Channel> get_guild_channels(Snowflake guild) const = 0;
    [[nodiscard]] virtual std::optional<Channel> get_thread(Snowflake thread) const = 0;
    [[nodiscard]] virtual std::vector<Channel> get_threads(Snowflake guild) const = 0;

    // --- roles, emojis, stickers ---------------------------------------------------------
    [[nodiscard]] virtual std::optional<Role> get_role(Snowflake role) const = 0;
    /// Sorted by position, then id.
    [[nodiscard]] virtual std::vector<Role> get_roles(Snowflake guild) const = 0;
    [[nodiscard]] virtual std::optional<Emoji> get_emoji(Snowflake emoji) const = 0;
    [[nodiscard]] virtual std::vector<Emoji> get_emojis(Snowflake guild) const = 0;
    [[nodiscard]] virtual std::optional<Sticker> get_sticker(Snowflake sticker) const = 0;
    [[nodiscard]] virtual std::vector<Sticker> get_stickers(Snowflake guild) const = 0;

    // --- members, presences, voice states ---------------------------------------------------
    /// The member with its `user` filled in.
    [[nodiscard]] virtual std::optional<Member> get_member(Snowflake guild,
                                                           Snowflake user) const = 0;
    [[nodiscard]] virtual std::vector<Member> get_members(Snowflake guild) const = 0;
    /// Members of every guild.
    [[nodiscard]] virtual std::size_t member_count() const noexcept = 0;
    [[nodiscard]] virtual std::size_t member_count(Snowflake guild) const noexcept = 0;
    [[nodiscard]] virtual std::optional<Presence> get_presence(Snowflake guild,
                                                               Snowflake user) const = 0;
    [[nodiscard]] virtual std::vector<Presence> get_presences(Snowflake guild) const = 0;
    /// With its `member` filled in from the member component when that member is cached.
    [[nodiscard]] virtual std::optional<VoiceState> get_voice_state(Snowflake guild,
                                                                    Snowflake user) const = 0;
    [[nodiscard]] virtual std::vector<VoiceState> get_voice_states(Snowflake guild) const = 0;

    // --- messages, invites, DMs -----------------------------------------------------------
    [[nodiscard]] virtual std::optional<Message> get_message(Snowflake message) const = 0;
    /// The cached messages, oldest first.
    [[nodiscard]] virtual std::vector<Message> get_messages() const = 0;
    [[nodiscard]] virtual std::size_t message_count() const noexcept = 0;
    [[nodiscard]] virtual std::optional<Invite> get_invite(std::string_view code) const = 0;
    [[nodiscard]] virtual std::vector<Invite> get_invites(Snowflake guild) const = 0;
    /// The DM channel with this user, when a DM message from them was seen.
    [[nodiscard]] virtual std::optional<Snowflake> get_dm_channel_id(Snowflake user) const = 0;

    // --- clearing -------------------------------------------------------------------------
    /// Forgets everything.
    virtual void clear() = 0;
    /// Forgets everything of one guild (the guild, its channels, threads, roles, emojis,
    /// stickers, members, presences, voice states, invites and messages).
    virtual void clear_guild(Snowflake guild) = 0;
};

}  // namespace hikari
