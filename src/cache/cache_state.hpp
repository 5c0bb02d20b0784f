#pragma once
// What MemoryCache holds: per-guild state, the shared users, and the entities kept as compact
// JSON text in maps by id (for lookups by id alone) with per-guild id sets (for views).

#include <hikari/core/config.hpp>

#include "cache/blob.hpp"
#include "cache/id_table.hpp"
#include "cache/member_store.hpp"
#include "cache/user_store.hpp"

#include <hikari/cache/memory_cache.hpp>
#include <hikari/model/entity_factory.hpp>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace hikari::cache_detail {

using IdSet = boost::unordered_flat_set<std::uint64_t>;

/// A channel, thread, role, emoji, sticker or invite: its guild, its parent channel (threads
/// and invites) and its JSON text.
struct Entry {
    std::uint64_t guild_id = 0;
    std::uint64_t parent_id = 0;
    Blob json;
};
using EntryMap = boost::unordered_flat_map<std::uint64_t, Entry>;

struct GuildState {
    Blob guild;  ///< the guild without its lists; empty when the guilds component is off
    IdSet channels;
    IdSet threads;
    IdSet roles;
    IdSet emojis;
    IdSet stickers;
    boost::unordered_flat_set<std::string> invites;
    MemberStore members;
    boost::unordered_flat_map<std::uint64_t, Blob> presences;     ///< by user id
    boost::unordered_flat_map<std::uint64_t, Blob> voice_states;  ///< by user id
};

struct MessageRecord {
    std::uint64_t id = 0;
    std::uint64_t author_id = 0;
    std::uint64_t guild_id = 0;  ///< 0 in DMs
    Blob json;  ///< the message; its author is the user record (the text's is outdated)
};

template <class T>
T parse(const Blob& blob) {
    return from_json<T>(blob.view());
}

/// MemoryCache's state.
struct CacheState {
    explicit CacheState(CacheSettings s) : settings(s) {}

    [[nodiscard]] bool on(CacheComponents component) const noexcept {
        return has(settings.components, component);
    }
    GuildState& guild_state(Snowflake id);
    [[nodiscard]] GuildState* find_guild(Snowflake id) noexcept;
    [[nodiscard]] const GuildState* find_guild(Snowflake id) const noexcept;
    /// Whether only_my_member lets this user's member be stored.
    [[nodiscard]] bool keeps_member(Snowflake user) const noexcept;

    // Writing.
    void put_guild(Guild& guild);
    void update_guild(Guild& guild);
    void drop_guild(Snowflake id);
    void put_entry(EntryMap& map, IdSet& ids, Snowflake guild, std::uint64_t id,
                   std::uint64_t parent, std::string_view json);
    void drop_entry(EntryMap& map, IdSet* ids, std::uint64_t id);
    void drop_entries(EntryMap& map, IdSet& ids);
    void put_channel(Snowflake guild, const Channel& channel);
    void put_thread(Snowflake guild, const Channel& thread);
    void put_role(Snowflake guild, const Role& role);
    void replace_roles(Snowflake guild, const std::vector<Role>& list);
    void replace_emojis(Snowflake guild, const std::vector<Emoji>& list);
    void replace_stickers(Snowflake guild, const std::vector<Sticker>& list);
    void put_member(Snowflake guild, const Member& member);
    void put_presence(Snowflake guild, const Presence& presence);
    void put_voice_state(Snowflake guild, const VoiceState& state);
    /// `json`, when not empty, is the message's own JSON text (the dispatch's `d`), kept as
    /// it is instead of writing the model back to JSON.
    void put_message(Message& message, std::string_view json = {});
    /// As put_message, from the parts the cache keeps and the message's JSON text.
    void put_message_text(Snowflake id, const User& author, std::optional<Snowflake> guild,
                          std::string_view json);
    void replace_message(Message& message);
    void replace_record(MessageRecord& record, const User& author, std::optional<Snowflake> guild,
                        Blob json);
    bool drop_message(Snowflake id);
    void put_invite(std::optional<Snowflake> guild, Snowflake channel, const Invite& invite);
    void drop_invite(const std::string& code);
    void put_dm_channel(Snowflake user, Snowflake channel);

    // Reading.
    [[nodiscard]] std::optional<Guild> build_guild(Snowflake id) const;
    template <class T>
    [[nodiscard]] std::optional<T> build_entry(const EntryMap& map, std::uint64_t id) const {
        auto found = map.find(id);
        if (found == map.end()) return std::nullopt;
        return parse<T>(found->second.json);
    }
    template <class T>
    [[nodiscard]] std::vector<T> build_entries(const EntryMap& map, const IdSet& ids) const {
        std::vector<T> out;
        out.reserve(ids.size());
        for (const auto id : ids) {
            if (auto value = build_entry<T>(map, id)) out.push_back(std::move(*value));
        }
        return out;
    }
    [[nodiscard]] std::optional<Member> build_member(Snowflake guild, Snowflake user) const;
    [[nodiscard]] Presence build_presence(Snowflake guild, const Blob& blob) const;
    [[nodiscard]] VoiceState build_voice_state(Snowflake guild, const Blob& blob) const;
    /// The record's message, or nullopt (logged) when its text does not read as one.
    [[nodiscard]] std::optional<Message> build_message(const MessageRecord& record) const;
    [[nodiscard]] std::optional<Message> find_message(Snowflake id) const;

    void clear();

    CacheSettings settings;
    std::optional<User> me;
    UserStore users;
    boost::unordered_flat_map<std::uint64_t, std::unique_ptr<GuildState>> guilds;
    IdSet unavailable;
    EntryMap channels;
    EntryMap threads;
    EntryMap roles;
    EntryMap emojis;
    EntryMap stickers;
    boost::unordered_flat_map<std::string, Entry> invites;
    IdTable<MessageRecord> messages;
    std::deque<std::uint64_t> message_order;  ///< insertion order; may hold deleted ids
    boost::unordered_flat_map<std::uint64_t, std::uint64_t> dm_channels;  ///< user -> channel
    std::deque<std::uint64_t> dm_order;  ///< users, insertion order; may hold dropped ones
};

}  // namespace hikari::cache_detail
