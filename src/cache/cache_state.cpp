// Writing to and reading from MemoryCache's state; the dispatch-to-state logic is in
// memory_cache_update.cpp.

#include "cache/cache_state.hpp"

#include <hikari/core/logging.hpp>

#include <algorithm>
#include <utility>

namespace hikari::cache_detail {

namespace {

/// Runs `f` when the scope ends, however it ends.
template <class F>
class OnExit {
  public:
    explicit OnExit(F f) : f_(std::move(f)) {}
    OnExit(const OnExit&) = delete;
    OnExit& operator=(const OnExit&) = delete;
    OnExit(OnExit&&) = delete;
    OnExit& operator=(OnExit&&) = delete;
    ~OnExit() { f_(); }

  private:
    F f_;
};

/// The lists a stored guild leaves out (they have their own components or are not kept).
/// Swapped out of the event's guild and back rather than copied: a GUILD_CREATE can hold
/// thousands of members.
struct GuildLists {
    std::vector<Role> roles;
    std::vector<Emoji> emojis;
    std::vector<Sticker> stickers;
    std::vector<VoiceState> voice_states;
    std::vector<Member> members;
    std::vector<Channel> channels;
    std::vector<Channel> threads;
    std::vector<Presence> presences;
    std::vector<StageInstance> stage_instances;
    std::vector<GuildScheduledEvent> guild_scheduled_events;
    std::vector<SoundboardSound> soundboard_sounds;

    void swap(Guild& g) noexcept {
        roles.swap(g.roles);
        emojis.swap(g.emojis);
        stickers.swap(g.stickers);
        voice_states.swap(g.voice_states);
        members.swap(g.members);
        channels.swap(g.channels);
        threads.swap(g.threads);
        presences.swap(g.presences);
        stage_instances.swap(g.stage_instances);
        guild_scheduled_events.swap(g.guild_scheduled_events);
        soundboard_sounds.swap(g.soundboard_sounds);
    }
};

/// The guild's JSON without its lists; `guild` is left as it was.
std::string bare_guild_json(Guild& guild) {
    GuildLists lists;
    lists.swap(guild);
    const OnExit restore{[&]() noexcept { lists.swap(guild); }};
    return to_json(guild);
}

template <class T>
void sort_by_position(std::vector<T>& list) {
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) {
        const auto pa = a.position;
        const auto pb = b.position;
        if (pa != pb) return pa < pb;
        return a.id < b.id;
    });
}

}  // namespace

GuildState& CacheState::guild_state(Snowflake id) {
    auto& slot = guilds[id.value()];
    if (!slot) slot = std::make_unique<GuildState>();
    return *slot;
}

GuildState* CacheState::find_guild(Snowflake id) noexcept {
    auto found = guilds.find(id.value());
    return found == guilds.end() ? nullptr : found->second.get();
}

const GuildState* CacheState::find_guild(Snowflake id) const noexcept {
    auto found = guilds.find(id.value());
    return found == guilds.end() ? nullptr : found->second.get();
}

bool CacheState::keeps_member(Snowflake user) const noexcept {
    return !settings.only_my_member || (me && me->id == user);
}

// --- guilds ------------------------------------------------------------------------------

void CacheState::put_guild(Guild& guild) {
    const Snowflake id = guild.id;
    GuildState& state = guild_state(id);
    if (on(CacheComponents::guilds)) {
        state.guild = Blob(bare_guild_json(guild));
        unavailable.erase(id.value());
    }
    // GUILD_CREATE carries the whole state of the guild: replace, never merge.
    if (on(CacheComponents::guild_channels)) {
        drop_entries(channels, state.channels);
        for (const Channel& channel : guild.channels) put_channel(id, channel);
    }
    if (on(CacheComponents::guild_threads)) {
        drop_entries(threads, state.threads);
        for (const Channel& thread : guild.threads) put_thread(id, thread);
    }
    if (on(CacheComponents::roles)) replace_roles(id, guild.roles);
    if (on(CacheComponents::emojis)) replace_emojis(id, guild.emojis);
    if (on(CacheComponents::stickers)) replace_stickers(id, guild.stickers);
    if (on(CacheComponents::members)) {
        state.members.clear(users);
        if (!settings.only_my_member) state.members.reserve(guild.members.size());
        for (const Member& member : guild.members) put_member(id, member);
    }
    if (on(CacheComponents::presences)) {
        state.presences.clear();
        for (const Presence& presence : guild.presences) put_presence(id, presence);
    }
    if (on(CacheComponents::voice_states)) {
        state.voice_states.clear();
        for (const VoiceState& voice : guild.voice_states) put_voice_state(id, voice);
    }
}

void CacheState::update_guild(Guild& guild) {
    if (on(CacheComponents::guilds)) {
        GuildState& state = guild_state(guild.id);
        // GUILD_UPDATE leaves out the GUILD_CREATE fields: keep the ones already known.
        std::optional<Timestamp> joined_at;
        std::optional<bool> large;
        std::optional<std::int32_t> member_count;
        if (!state.guild.empty()) {
            const auto old = parse<Guild>(state.guild);
            joined_at = old.joined_at;
            large = old.large;
            member_count = old.member_count;
        }
        std::swap(joined_at, guild.joined_at);
        std::swap(large, guild.large);
        std::swap(member_count, guild.member_count);
        std::string json;
        try {
            json = bare_guild_json(guild);
        } catch (...) {
            std::swap(joined_at, guild.joined_at);
            std::swap(large, guild.large);
            std::swap(member_count, guild.member_count);
            throw;
        }
        std::swap(joined_at, guild.joined_at);
        std::swap(large, guild.large);
        std::swap(member_count, guild.member_count);
        state.guild = Blob(json);
    }
    if (on(CacheComponents::roles)) replace_roles(guild.id, guild.roles);
    if (on(CacheComponents::emojis)) replace_emojis(guild.id, guild.emojis);
}

void CacheState::drop_guild(Snowflake id) {
    unavailable.erase(id.value());
    // Messages are not indexed by guild: one pass over at most max_messages records.
    std::vector<std::uint64_t> guild_messages;
    messages.for_each([&](const MessageRecord& record) {
        if (record.guild_id == id.value()) guild_messages.push_back(record.id);
    });
    for (const auto message : guild_messages) drop_message(Snowflake{message});
    GuildState* state = find_guild(id);
    if (state == nullptr) return;
    drop_entries(channels, state->channels);
    drop_entries(threads, state->threads);
    drop_entries(roles, state->roles);
    drop_entries(emojis, state->emojis);
    drop_entries(stickers, state->stickers);
    for (const auto& code : state->invites) invites.erase(code);
    state->members.clear(users);
    guilds.erase(id.value());
}

// --- channels, threads, roles, emojis, stickers ----------------------------------------------

void CacheState::put_entry(EntryMap& map, IdSet& ids, Snowflake guild, std::uint64_t id,
                           std::uint64_t parent, std::string_view json) {
    Entry entry{guild.value(), parent, Blob(json)};
    // An id moving between guilds (not something Discord does) must leave no stale index.
    if (auto found = map.find(id); found != map.end() && found->second.guild_id != guild.value()) {
        if (GuildState* other = find_guild(Snowflake{found->second.guild_id})) {
            if (&map == &channels) other->channels.erase(id);
            if (&map == &threads) other->threads.erase(id);
        }
    }
    map.insert_or_assign(id, std::move(entry));
    ids.insert(id);
}

void CacheState::drop_entry(EntryMap& map, IdSet* ids, std::uint64_t id) {
    map.erase(id);
    if (ids != nullptr) ids->erase(id);
}

void CacheState::drop_entries(EntryMap& map, IdSet& ids) {
    for (const auto id : ids) map.erase(id);
    ids.clear();
}

void CacheState::put_channel(Snowflake guild, const Channel& channel) {
    // Channels inside GUILD_CREATE come without their guild_id.
    Channel copy = channel;
    copy.guild_id = guild;
    put_entry(channels, guild_state(guild).channels, guild, channel.id.value(), 0, to_json(copy));
}

void CacheState::put_thread(Snowflake guild, const Channel& thread) {
    Channel copy = thread;
    copy.guild_id = guild;
    const std::uint64_t parent = thread.parent_id.has_value() ? thread.parent_id->value() : 0;
    put_entry(threads, guild_state(guild).threads, guild, thread.id.value(), parent, to_json(copy));
}

void CacheState::put_role(Snowflake guild, const Role& role) {
    put_entry(roles, guild_state(guild).roles, guild, role.id.value(), 0, to_json(role));
}

void CacheState::replace_roles(Snowflake guild, const std::vector<Role>& list) {
    GuildState& state = guild_state(guild);
    drop_entries(roles, state.roles);
    for (const Role& role : list) put_role(guild, role);
}

void CacheState::replace_emojis(Snowflake guild, const std::vector<Emoji>& list) {
    GuildState& state = guild_state(guild);
    drop_entries(emojis, state.emojis);
    for (const Emoji& emoji : list) {
        if (!emoji.id) continue;  // only custom emojis belong to a guild
        put_entry(emojis, state.emojis, guild, emoji.id->value(), 0, to_json(emoji));
    }
}

void CacheState::replace_stickers(Snowflake guild, const std::vector<Sticker>& list) {
    GuildState& state = guild_state(guild);
    drop_entries(stickers, state.stickers);
    for (const Sticker& sticker : list) {
        put_entry(stickers, state.stickers, guild, sticker.id.value(), 0, to_json(sticker));
    }
}

// --- members, presences, voice states ----------------------------------------------------------

void CacheState::put_member(Snowflake guild, const Member& member) {
    if (!on(CacheComponents::members) || !member.user) return;
    if (!keeps_member(member.user->id)) {
        users.refresh(*member.user);
        return;
    }
    guild_state(guild).members.put(member, users);
}

void CacheState::put_presence(Snowflake guild, const Presence& presence) {
    if (!on(CacheComponents::presences)) return;
    // The user is kept by id only; its names come from the shared user on lookup.
    Presence copy;
    copy.user.id = presence.user.id;
    copy.status = presence.status;
    copy.activities = presence.activities;
    copy.client_status = presence.client_status;
    guild_state(guild).presences.insert_or_assign(presence.user.id.value(), Blob(to_json(copy)));
}

void CacheState::put_voice_state(Snowflake guild, const VoiceState& state) {
    if (!on(CacheComponents::voice_states)) return;
    VoiceState copy = state;
    copy.member.reset();  // rebuilt from the member component
    copy.guild_id.reset();
    guild_state(guild).voice_states.insert_or_assign(state.user_id.value(), Blob(to_json(copy)));
}

// --- messages ----------------------------------------------------------------------------

namespace {

/// The message's JSON with a blank author (the author is the shared user). The author is
/// swapped out of the event's message and back, not copied with the whole message.
std::string message_json(Message& message) {
    User author;
    std::swap(author, message.author);
    const OnExit restore{[&]() noexcept { std::swap(author, message.author); }};
    return to_json(message);
}

}  // namespace

void CacheState::put_message(Message& message, std::string_view json) {
    if (!on(CacheComponents::messages) || settings.max_messages <= 0) return;
    // The dispatch's own text is one copy; writing the model back to JSON costs far more.
    const std::string written = json.empty() ? message_json(message) : std::string();
    put_message_text(message.id, message.author, message.guild_id,
                     json.empty() ? std::string_view(written) : json);
}

void CacheState::put_message_text(Snowflake id, const User& author, std::optional<Snowflake> guild,
                                  std::string_view json) {
    if (!on(CacheComponents::messages) || settings.max_messages <= 0) return;
    if (MessageRecord* known = messages.find(id.value()); known != nullptr) {
        replace_record(*known, author, guild, Blob(json));
        return;
    }
    Blob stored(json);
    users.acquire(author);
    try {
        auto [record, inserted] = messages.emplace(id.value());
        record.author_id = author.id.value();
        record.guild_id = guild ? guild->value() : 0;
        record.json = std::move(stored);
        message_order.push_back(id.value());
    } catch (...) {
        messages.erase(id.value());
        users.release(author.id);
        throw;
    }
    const auto limit = static_cast<std::size_t>(settings.max_messages);
    while (messages.size() > limit && !message_order.empty()) {
        const auto oldest = message_order.front();
        message_order.pop_front();
        drop_message(Snowflake{oldest});
    }
    // Deleted messages leave their ids in the order; squeeze them out now and then.
    if (message_order.size() > 2 * messages.size() + 64) {
        std::deque<std::uint64_t> live;
        for (const auto id_left : message_order) {
            if (messages.find(id_left) != nullptr) live.push_back(id_left);
        }
        message_order.swap(live);
    }
}

void CacheState::replace_message(Message& message) {
    MessageRecord* record = messages.find(message.id.value());
    if (record == nullptr) return;
    replace_record(*record, message.author, message.guild_id, Blob(message_json(message)));
}

void CacheState::replace_record(MessageRecord& record, const User& author,
                                std::optional<Snowflake> guild, Blob json) {
    users.acquire(author);
    const Snowflake old_author{record.author_id};
    record.author_id = author.id.value();
    if (guild) record.guild_id = guild->value();
    record.json = std::move(json);
    users.release(old_author);
}

bool CacheState::drop_message(Snowflake id) {
    const MessageRecord* record = messages.find(id.value());
    if (record == nullptr) return false;
    const Snowflake author{record->author_id};
    messages.erase(id.value());
    users.release(author);
    return true;
}

// --- invites, DM channels --------------------------------------------------------------------

void CacheState::put_invite(std::optional<Snowflake> guild, Snowflake channel,
                            const Invite& invite) {
    if (!on(CacheComponents::invites)) return;
    const std::uint64_t guild_id = guild ? guild->value() : 0;
    invites.insert_or_assign(invite.code, Entry{guild_id, channel.value(), Blob(to_json(invite))});
    if (guild) guild_state(*guild).invites.insert(invite.code);
}

void CacheState::drop_invite(const std::string& code) {
    auto found = invites.find(code);
    if (found == invites.end()) return;
    if (GuildState* state = find_guild(Snowflake{found->second.guild_id})) {
        state->invites.erase(code);
    }
    invites.erase(found);
}

void CacheState::put_dm_channel(Snowflake user, Snowflake channel) {
    if (!on(CacheComponents::dm_channel_ids) || settings.max_dm_channel_ids <= 0) return;
    auto [slot, inserted] = dm_channels.insert_or_assign(user.value(), channel.value());
    if (!inserted) return;
    dm_order.push_back(user.value());
    const auto limit = static_cast<std::size_t>(settings.max_dm_channel_ids);
    while (dm_channels.size() > limit && !dm_order.empty()) {
        dm_channels.erase(dm_order.front());
        dm_order.pop_front();
    }
}

// --- reading ----------------------------------------------------------------------------------

std::optional<Guild> CacheState::build_guild(Snowflake id) const {
    const GuildState* state = find_guild(id);
    if (state == nullptr || state->guild.empty()) return std::nullopt;
    auto guild = parse<Guild>(state->guild);
    guild.roles = build_entries<Role>(roles, state->roles);
    sort_by_position(guild.roles);
    guild.emojis = build_entries<Emoji>(emojis, state->emojis);
    guild.stickers = build_entries<Sticker>(stickers, state->stickers);
    if (unavailable.contains(id.value())) guild.unavailable = true;
    return guild;
}

std::optional<Member> CacheState::build_member(Snowflake guild, Snowflake user) const {
    const GuildState* state = find_guild(guild);
    if (state == nullptr) return std::nullopt;
    return state->members.get(user, users);
}

Presence CacheState::build_presence(Snowflake guild, const Blob& blob) const {
    auto presence = parse<Presence>(blob);
    presence.guild_id = guild;
    users.fill(presence.user);
    return presence;
}

VoiceState CacheState::build_voice_state(Snowflake guild, const Blob& blob) const {
    auto state = parse<VoiceState>(blob);
    state.guild_id = guild;
    state.member = build_member(guild, state.user_id);
    return state;
}

std::optional<Message> CacheState::build_message(const MessageRecord& record) const {
    Message message;
    try {
        message = parse<Message>(record.json);
    } catch (const JsonError& error) {
        // A message nobody listened for is kept as its text with only its head read
        // (message_head.hpp): a field that is not what the model says shows up here.
        log::get("hikari.cache")
            .warning("cached message {} does not read: {}", record.id, error.what());
        return std::nullopt;
    }
    if (auto author = users.get(Snowflake{record.author_id})) {
        message.author = std::move(*author);
    } else {
        message.author.id = Snowflake{record.author_id};
    }
    return message;
}

std::optional<Message> CacheState::find_message(Snowflake id) const {
    const MessageRecord* record = messages.find(id.value());
    if (record == nullptr) return std::nullopt;
    return build_message(*record);
}

void CacheState::clear() {
    me.reset();
    guilds.clear();
    users.clear();
    unavailable.clear();
    channels.clear();
    threads.clear();
    roles.clear();
    emojis.clear();
    stickers.clear();
    invites.clear();
    messages.clear();
    message_order.clear();
    dm_channels.clear();
    dm_order.clear();
}

}  // namespace hikari::cache_detail
