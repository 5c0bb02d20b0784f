// MemoryCache: construction and the read side (Cache).

#include "cache/cache_state.hpp"

#include <algorithm>

namespace hikari {

using cache_detail::MessageRecord;

MemoryCache::MemoryCache(CacheSettings settings) {
    settings.validate();
    impl_ = std::make_unique<cache_detail::CacheState>(settings);
}

MemoryCache::~MemoryCache() = default;

const CacheSettings& MemoryCache::settings() const noexcept {
    return impl_->settings;
}

std::optional<User> MemoryCache::get_me() const {
    return impl_->me;
}

std::optional<User> MemoryCache::get_user(Snowflake user) const {
    if (auto found = impl_->users.get(user)) return found;
    if (impl_->me && impl_->me->id == user) return impl_->me;
    return std::nullopt;
}

std::vector<User> MemoryCache::get_users() const {
    return impl_->users.all();
}

std::size_t MemoryCache::user_count() const noexcept {
    return impl_->users.size();
}

std::optional<Guild> MemoryCache::get_guild(Snowflake guild) const {
    return impl_->build_guild(guild);
}

std::vector<Guild> MemoryCache::get_guilds() const {
    std::vector<Guild> out;
    for (const auto& [id, state] : impl_->guilds) {
        if (auto guild = impl_->build_guild(Snowflake{id})) out.push_back(std::move(*guild));
    }
    std::sort(out.begin(), out.end(), [](const Guild& a, const Guild& b) { return a.id < b.id; });
    return out;
}

std::size_t MemoryCache::guild_count() const noexcept {
    return static_cast<std::size_t>(
        std::count_if(impl_->guilds.begin(), impl_->guilds.end(),
                      [](const auto& entry) { return !entry.second->guild.empty(); }));
}

std::vector<Snowflake> MemoryCache::get_unavailable_guild_ids() const {
    std::vector<Snowflake> out;
    out.reserve(impl_->unavailable.size());
    for (const auto id : impl_->unavailable) out.emplace_back(id);
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

template <class T>
void sort_channels(std::vector<T>& list) {
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) {
        if (a.position != b.position) return a.position < b.position;
        return a.id < b.id;
    });
}

}  // namespace

std::optional<Channel> MemoryCache::get_guild_channel(Snowflake channel) const {
    return impl_->build_entry<Channel>(impl_->channels, channel.value());
}

std::vector<Channel> MemoryCache::get_guild_channels(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    auto out = impl_->build_entries<Channel>(impl_->channels, state->channels);
    sort_channels(out);
    return out;
}

std::optional<Channel> MemoryCache::get_thread(Snowflake thread) const {
    return impl_->build_entry<Channel>(impl_->threads, thread.value());
}

std::vector<Channel> MemoryCache::get_threads(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    auto out = impl_->build_entries<Channel>(impl_->threads, state->threads);
    std::sort(out.begin(), out.end(),
              [](const Channel& a, const Channel& b) { return a.id < b.id; });
    return out;
}

std::optional<Role> MemoryCache::get_role(Snowflake role) const {
    return impl_->build_entry<Role>(impl_->roles, role.value());
}

std::vector<Role> MemoryCache::get_roles(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    auto out = impl_->build_entries<Role>(impl_->roles, state->roles);
    sort_channels(out);
    return out;
}

std::optional<Emoji> MemoryCache::get_emoji(Snowflake emoji) const {
    return impl_->build_entry<Emoji>(impl_->emojis, emoji.value());
}

std::vector<Emoji> MemoryCache::get_emojis(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    return impl_->build_entries<Emoji>(impl_->emojis, state->emojis);
}

std::optional<Sticker> MemoryCache::get_sticker(Snowflake sticker) const {
    return impl_->build_entry<Sticker>(impl_->stickers, sticker.value());
}

std::vector<Sticker> MemoryCache::get_stickers(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    return impl_->build_entries<Sticker>(impl_->stickers, state->stickers);
}

std::optional<Member> MemoryCache::get_member(Snowflake guild, Snowflake user) const {
    return impl_->build_member(guild, user);
}

std::vector<Member> MemoryCache::get_members(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    return state->members.all(impl_->users);
}

std::size_t MemoryCache::member_count() const noexcept {
    std::size_t total = 0;
    for (const auto& [id, state] : impl_->guilds) total += state->members.size();
    return total;
}

std::size_t MemoryCache::member_count(Snowflake guild) const noexcept {
    const auto* state = impl_->find_guild(guild);
    return state == nullptr ? 0 : state->members.size();
}

std::optional<Presence> MemoryCache::get_presence(Snowflake guild, Snowflake user) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return std::nullopt;
    auto found = state->presences.find(user.value());
    if (found == state->presences.end()) return std::nullopt;
    return impl_->build_presence(guild, found->second);
}

std::vector<Presence> MemoryCache::get_presences(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    std::vector<Presence> out;
    out.reserve(state->presences.size());
    for (const auto& [user, blob] : state->presences) {
        out.push_back(impl_->build_presence(guild, blob));
    }
    return out;
}

std::optional<VoiceState> MemoryCache::get_voice_state(Snowflake guild, Snowflake user) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return std::nullopt;
    auto found = state->voice_states.find(user.value());
    if (found == state->voice_states.end()) return std::nullopt;
    return impl_->build_voice_state(guild, found->second);
}

std::vector<VoiceState> MemoryCache::get_voice_states(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    std::vector<VoiceState> out;
    out.reserve(state->voice_states.size());
    for (const auto& [user, blob] : state->voice_states) {
        out.push_back(impl_->build_voice_state(guild, blob));
    }
    return out;
}

std::optional<Message> MemoryCache::get_message(Snowflake message) const {
    return impl_->find_message(message);
}

std::vector<Message> MemoryCache::get_messages() const {
    std::vector<Message> out;
    out.reserve(impl_->messages.size());
    for (const auto id : impl_->message_order) {
        const MessageRecord* record = impl_->messages.find(id);
        if (record == nullptr) continue;
        if (auto message = impl_->build_message(*record)) out.push_back(std::move(*message));
    }
    return out;
}

std::size_t MemoryCache::message_count() const noexcept {
    return impl_->messages.size();
}

std::optional<Invite> MemoryCache::get_invite(std::string_view code) const {
    auto found = impl_->invites.find(std::string(code));
    if (found == impl_->invites.end()) return std::nullopt;
    return cache_detail::parse<Invite>(found->second.json);
}

std::vector<Invite> MemoryCache::get_invites(Snowflake guild) const {
    const auto* state = impl_->find_guild(guild);
    if (state == nullptr) return {};
    std::vector<Invite> out;
    for (const auto& code : state->invites) {
        if (auto invite = get_invite(code)) out.push_back(std::move(*invite));
    }
    std::sort(out.begin(), out.end(),
              [](const Invite& a, const Invite& b) { return a.code < b.code; });
    return out;
}

std::optional<Snowflake> MemoryCache::get_dm_channel_id(Snowflake user) const {
    auto found = impl_->dm_channels.find(user.value());
    if (found == impl_->dm_channels.end()) return std::nullopt;
    return Snowflake{found->second};
}

void MemoryCache::clear() {
    impl_->clear();
}

void MemoryCache::clear_guild(Snowflake guild) {
    impl_->drop_guild(guild);
}

}  // namespace hikari
