#pragma once
// The in-memory cache (the counterpart of hikari.impl.cache.CacheImpl): fed by the gateway
// dispatch through StateUpdater, read through Cache.
//
//     hikari::MemoryCache cache{settings};
//     co_await dispatch_gateway_event(manager, factory, name, seq, payload, shard, true, &cache);
//
// Storage is compact: users and members are kept as small packed records (a user once,
// shared by every member and message that refers to it, and dropped when the last one goes);
// every other entity is kept as its compact JSON text. Lookups rebuild the model objects.
// What a rebuilt object differs in from the event it came from:
//   - Guild: members, channels, threads, presences, voice_states, stage_instances,
//     guild_scheduled_events and soundboard_sounds are empty (the first five have their own
//     components); roles, emojis and stickers come from their components (empty when off).
//   - Member.user and Message.author are the shared user as last seen, so a user's newer
//     name shows in older messages too.
//   - Presence.user holds only the id, plus the username/global name/avatar/bot of the
//     shared user when one is cached.
//   - VoiceState.member comes from the member component (none when it is not cached).
//   - Emoji.user and Sticker.user are kept per emoji/sticker, not shared.
// Member role ids are interned per guild (at most 65 535 distinct role ids per guild).

#include <hikari/cache/cache.hpp>
#include <hikari/core/config.hpp>
#include <hikari/events/state_updater.hpp>

#include <memory>

namespace hikari {

namespace cache_detail {
struct CacheState;
}

class MemoryCache final : public Cache, public StateUpdater {
  public:
    /// Throws ValueError when `settings` do not validate().
    explicit MemoryCache(CacheSettings settings = {});
    ~MemoryCache() override;
    MemoryCache(const MemoryCache&) = delete;
    MemoryCache& operator=(const MemoryCache&) = delete;
    MemoryCache(MemoryCache&&) = delete;
    MemoryCache& operator=(MemoryCache&&) = delete;

    // StateUpdater
    [[nodiscard]] bool wants(std::string_view dispatch_name) const noexcept override;
    void update(Event& event) override;
    /// A MESSAGE_CREATE's `data` is stored as the cached message as it is, instead of the
    /// message written back to JSON.
    void update_from_dispatch(Event& event, std::string_view data) override;
    /// MESSAGE_CREATE: when no listener wants the event, the cache reads only what it keeps
    /// (the message's id, channel, guild and author) and stores the text, with no Message
    /// built. Other dispatches need their event.
    bool update_from_text(std::string_view dispatch_name, std::string_view data) override;

    // Cache
    [[nodiscard]] const CacheSettings& settings() const noexcept override;
    [[nodiscard]] std::optional<User> get_me() const override;
    [[nodiscard]] std::optional<User> get_user(Snowflake user) const override;
    [[nodiscard]] std::vector<User> get_users() const override;
    [[nodiscard]] std::size_t user_count() const noexcept override;
    [[nodiscard]] std::optional<Guild> get_guild(Snowflake guild) const override;
    [[nodiscard]] std::vector<Guild> get_guilds() const override;
    [[nodiscard]] std::size_t guild_count() const noexcept override;
    [[nodiscard]] std::vector<Snowflake> get_unavailable_guild_ids() const override;
    [[nodiscard]] std::optional<Channel> get_guild_channel(Snowflake channel) const override;
    [[nodiscard]] std::vector<Channel> get_guild_channels(Snowflake guild) const override;
    [[nodiscard]] std::optional<Channel> get_thread(Snowflake thread) const override;
    [[nodiscard]] std::vector<Channel> get_threads(Snowflake guild) const override;
    [[nodiscard]] std::optional<Role> get_role(Snowflake role) const override;
    [[nodiscard]] std::vector<Role> get_roles(Snowflake guild) const override;
    [[nodiscard]] std::optional<Emoji> get_emoji(Snowflake emoji) const override;
    [[nodiscard]] std::vector<Emoji> get_emojis(Snowflake guild) const override;
    [[nodiscard]] std::optional<Sticker> get_sticker(Snowflake sticker) const override;
    [[nodiscard]] std::vector<Sticker> get_stickers(Snowflake guild) const override;
    [[nodiscard]] std::optional<Member> get_member(Snowflake guild, Snowflake user) const override;
    [[nodiscard]] std::vector<Member> get_members(Snowflake guild) const override;
    [[nodiscard]] std::size_t member_count() const noexcept override;
    [[nodiscard]] std::size_t member_count(Snowflake guild) const noexcept override;
    [[nodiscard]] std::optional<Presence> get_presence(Snowflake guild,
                                                       Snowflake user) const override;
    [[nodiscard]] std::vector<Presence> get_presences(Snowflake guild) const override;
    [[nodiscard]] std::optional<VoiceState> get_voice_state(Snowflake guild,
                                                            Snowflake user) const override;
    [[nodiscard]] std::vector<VoiceState> get_voice_states(Snowflake guild) const override;
    [[nodiscard]] std::optional<Message> get_message(Snowflake message) const override;
    [[nodiscard]] std::vector<Message> get_messages() const override;
    [[nodiscard]] std::size_t message_count() const noexcept override;
    [[nodiscard]] std::optional<Invite> get_invite(std::string_view code) const override;
    [[nodiscard]] std::vector<Invite> get_invites(Snowflake guild) const override;
    [[nodiscard]] std::optional<Snowflake> get_dm_channel_id(Snowflake user) const override;
    void clear() override;
    void clear_guild(Snowflake guild) override;

  private:
    std::unique_ptr<cache_detail::CacheState> impl_;
};

}  // namespace hikari
