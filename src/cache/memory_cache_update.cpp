// From events to cached state: MemoryCache::wants() and update().

#include "cache/cache_state.hpp"
#include "cache/message_head.hpp"

#include <hikari/events/channel_events.hpp>
#include <hikari/events/guild_events.hpp>
#include <hikari/events/invite_events.hpp>
#include <hikari/events/member_events.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/events/presence_events.hpp>
#include <hikari/events/role_events.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/thread_events.hpp>
#include <hikari/events/user_events.hpp>
#include <hikari/events/voice_events.hpp>

#include <algorithm>
#include <unordered_map>

namespace hikari {

namespace {

using C = CacheComponents;

constexpr C guild_parts = C::guilds | C::guild_channels | C::guild_threads | C::members | C::roles |
                          C::emojis | C::stickers | C::presences | C::voice_states;

/// The components each dispatch can change.
const std::unordered_map<std::string_view, CacheComponents>& dispatch_components() {
    static const std::unordered_map<std::string_view, CacheComponents> map{
        {"READY", C::me | C::guilds},
        {"USER_UPDATE", C::me},
        {"GUILD_CREATE", guild_parts},
        {"GUILD_UPDATE", C::guilds | C::roles | C::emojis},
        {"GUILD_DELETE", guild_parts | C::invites | C::messages},
        {"CHANNEL_CREATE", C::guild_channels | C::dm_channel_ids},
        {"CHANNEL_UPDATE", C::guild_channels},
        {"CHANNEL_DELETE", C::guild_channels | C::guild_threads},
        {"THREAD_CREATE", C::guild_threads},
        {"THREAD_UPDATE", C::guild_threads},
        {"THREAD_DELETE", C::guild_threads},
        {"THREAD_LIST_SYNC", C::guild_threads},
        {"THREAD_MEMBER_UPDATE", C::guild_threads},
        {"THREAD_MEMBERS_UPDATE", C::guild_threads},
        {"GUILD_MEMBER_ADD", C::members},
        {"GUILD_MEMBER_UPDATE", C::members},
        {"GUILD_MEMBER_REMOVE", C::members},
        {"GUILD_MEMBERS_CHUNK", C::members | C::presences},
        {"GUILD_ROLE_CREATE", C::roles},
        {"GUILD_ROLE_UPDATE", C::roles},
        {"GUILD_ROLE_DELETE", C::roles},
        {"GUILD_EMOJIS_UPDATE", C::emojis},
        {"GUILD_STICKERS_UPDATE", C::stickers},
        {"INVITE_CREATE", C::invites},
        {"INVITE_DELETE", C::invites},
        {"PRESENCE_UPDATE", C::presences},
        {"VOICE_STATE_UPDATE", C::voice_states | C::members},
        {"MESSAGE_CREATE", C::messages | C::dm_channel_ids},
        {"MESSAGE_UPDATE", C::messages},
        {"MESSAGE_DELETE", C::messages},
        {"MESSAGE_DELETE_BULK", C::messages},
    };
    return map;
}

/// The event as an E when it is one (or derives from one).
template <class E>
E* as(Event& event) noexcept {
    if (!event.event_type().is_a(event_type_v<E>)) return nullptr;
    return static_cast<E*>(&event);
}

using Impl = cache_detail::CacheState;

void on_ready(Impl& s, const ShardReadyEvent& e) {
    if (s.on(C::me)) s.me = e.my_user;
    if (s.on(C::guilds)) {
        for (const auto& guild : e.unavailable_guilds) s.unavailable.insert(guild.id.value());
    }
}

void on_channel(Impl& s, ChannelEvent& base) {
    if (auto* deleted = as<GuildChannelDeleteEvent>(base)) {
        const std::uint64_t id = deleted->channel_id.value();
        cache_detail::GuildState* state =
            deleted->guild_id ? s.find_guild(*deleted->guild_id) : nullptr;
        s.drop_entry(s.channels, state ? &state->channels : nullptr, id);
        if (state != nullptr) {
            // Threads of a deleted channel go with it.
            std::vector<std::uint64_t> orphans;
            for (const auto thread : state->threads) {
                auto found = s.threads.find(thread);
                if (found != s.threads.end() && found->second.parent_id == id) {
                    orphans.push_back(thread);
                }
            }
            for (const auto thread : orphans) s.drop_entry(s.threads, &state->threads, thread);
        }
        return;
    }
    Channel* channel = nullptr;
    if (auto* created = as<GuildChannelCreateEvent>(base)) channel = &created->channel;
    if (auto* updated = as<GuildChannelUpdateEvent>(base)) {
        updated->old = s.build_entry<Channel>(s.channels, updated->channel_id.value());
        channel = &updated->channel;
    }
    if (channel == nullptr) return;
    if (base.guild_id) {
        if (s.on(C::guild_channels)) s.put_channel(*base.guild_id, *channel);
    } else if (channel->type == ChannelType::dm && channel->recipients.size() == 1) {
        s.put_dm_channel(channel->recipients.front().id, channel->id);
    }
}

/// The threads of the synced parents (all of the guild's without channel_ids) are replaced.
void on_thread_list_sync(Impl& s, Snowflake guild, const ThreadListSyncEvent& sync) {
    cache_detail::GuildState& state = s.guild_state(guild);
    std::vector<std::uint64_t> stale;
    for (const auto id : state.threads) {
        if (sync.channel_ids) {
            auto found = s.threads.find(id);
            if (found == s.threads.end()) continue;
            const Snowflake parent{found->second.parent_id};
            const auto& parents = *sync.channel_ids;
            if (std::find(parents.begin(), parents.end(), parent) == parents.end()) continue;
        }
        stale.push_back(id);
    }
    for (const auto id : stale) s.drop_entry(s.threads, &state.threads, id);
    for (const Channel& thread : sync.threads) {
        // The sync carries the bot's memberships beside the threads, not inside them.
        auto own = std::find_if(sync.members.begin(), sync.members.end(),
                                [&](const ThreadMember& m) { return m.id == thread.id; });
        if (own == sync.members.end() || thread.member) {
            s.put_thread(guild, thread);
            continue;
        }
        Channel with_member = thread;
        with_member.member = *own;
        s.put_thread(guild, with_member);
    }
}

/// Applies a change to a cached thread (nothing when it is not cached).
template <class Change>
void edit_thread(Impl& s, Snowflake guild, Snowflake thread_id, Change&& change) {
    auto thread = s.build_entry<Channel>(s.threads, thread_id.value());
    if (!thread) return;
    change(*thread);
    s.put_thread(guild, *thread);
}

/// THREAD_MEMBER(S)_UPDATE: the member count and the bot's own membership of a thread.
void on_thread_members(Impl& s, ThreadEvent& base) {
    if (!base.guild_id) return;
    if (auto* own = as<ThreadMemberUpdateEvent>(base)) {
        edit_thread(s, *base.guild_id, base.channel_id,
                    [&](Channel& thread) { thread.member = own->member; });
    } else if (auto* members = as<ThreadMembersUpdateEvent>(base)) {
        const std::optional<Snowflake> me =
            s.me ? std::optional<Snowflake>(s.me->id) : std::nullopt;
        edit_thread(s, *base.guild_id, base.channel_id, [&](Channel& thread) {
            thread.member_count = members->member_count;
            if (!me) return;
            for (const ThreadMember& added : members->added_members) {
                if (added.user_id == me) thread.member = added;
            }
            const auto& removed = members->removed_member_ids;
            if (std::find(removed.begin(), removed.end(), *me) != removed.end()) {
                thread.member.reset();
            }
        });
    }
}

void on_thread(Impl& s, ThreadEvent& base) {
    if (!s.on(C::guild_threads)) return;
    if (auto* sync = as<ThreadListSyncEvent>(base)) {
        if (sync->guild_id) on_thread_list_sync(s, *sync->guild_id, *sync);
        return;
    }
    if (as<ThreadMemberUpdateEvent>(base) != nullptr ||
        as<ThreadMembersUpdateEvent>(base) != nullptr) {
        on_thread_members(s, base);
        return;
    }
    if (auto* deleted = as<ThreadDeleteEvent>(base)) {
        const std::uint64_t id = deleted->channel_id.value();
        deleted->old = s.build_entry<Channel>(s.threads, id);
        cache_detail::GuildState* state =
            deleted->guild_id ? s.find_guild(*deleted->guild_id) : nullptr;
        s.drop_entry(s.threads, state ? &state->threads : nullptr, id);
        return;
    }
    Channel* thread = nullptr;
    if (auto* created = as<ThreadCreateEvent>(base)) thread = &created->thread;
    if (auto* updated = as<ThreadUpdateEvent>(base)) {
        updated->old = s.build_entry<Channel>(s.threads, updated->channel_id.value());
        thread = &updated->thread;
    }
    if (thread != nullptr && base.guild_id) s.put_thread(*base.guild_id, *thread);
}

void on_member(Impl& s, MemberEvent& base) {
    if (!s.on(C::members)) return;
    if (auto* created = as<MemberCreateEvent>(base)) {
        s.put_member(created->guild_id, created->member);
    } else if (auto* updated = as<MemberUpdateEvent>(base)) {
        updated->old = s.build_member(updated->guild_id, updated->user.id);
        s.put_member(updated->guild_id, updated->member);
    } else if (auto* deleted = as<MemberDeleteEvent>(base)) {
        deleted->old = s.build_member(deleted->guild_id, deleted->user.id);
        if (cache_detail::GuildState* state = s.find_guild(deleted->guild_id)) {
            state->members.remove(deleted->user.id, s.users);
        }
    }
}

void on_role(Impl& s, RoleEvent& base) {
    if (!s.on(C::roles)) return;
    if (auto* created = as<RoleCreateEvent>(base)) {
        s.put_role(created->guild_id, created->role);
    } else if (auto* updated = as<RoleUpdateEvent>(base)) {
        updated->old = s.build_entry<Role>(s.roles, updated->role_id.value());
        s.put_role(updated->guild_id, updated->role);
    } else if (auto* deleted = as<RoleDeleteEvent>(base)) {
        deleted->old = s.build_entry<Role>(s.roles, deleted->role_id.value());
        cache_detail::GuildState* state = s.find_guild(deleted->guild_id);
        s.drop_entry(s.roles, state ? &state->roles : nullptr, deleted->role_id.value());
        // Discord sends no member updates for this: the role just stops existing.
        if (state != nullptr) state->members.remove_role(deleted->role_id);
    }
}

/// A DM from someone else tells which channel is the DM with them.
void remember_dm_channel(Impl& s, std::optional<Snowflake> guild, Snowflake author,
                         Snowflake channel) {
    if (!guild && !(s.me && s.me->id == author)) s.put_dm_channel(author, channel);
}

void on_message(Impl& s, MessageEvent& base, std::string_view data) {
    if (auto* created = as<MessageCreateEvent>(base)) {
        s.put_message(created->message, data);
        remember_dm_channel(s, created->guild_id, created->message.author.id, created->channel_id);
    } else if (auto* updated = as<MessageUpdateEvent>(base)) {
        updated->old = s.find_message(updated->message.id);
        s.replace_message(updated->message);
    } else if (auto* deleted = as<MessageDeleteEvent>(base)) {
        deleted->old = s.find_message(deleted->message_id);
        s.drop_message(deleted->message_id);
    } else if (auto* bulk = as<MessageBulkDeleteEvent>(base)) {
        for (const Snowflake id : bulk->message_ids) {
            if (auto old = s.find_message(id)) bulk->old_messages.push_back(std::move(*old));
            s.drop_message(id);
        }
    }
}

void on_invite(Impl& s, InviteEvent& base) {
    if (!s.on(C::invites)) return;
    if (auto* created = as<InviteCreateEvent>(base)) {
        s.put_invite(created->guild_id, created->channel_id, created->invite);
    } else if (auto* deleted = as<InviteDeleteEvent>(base)) {
        if (auto found = s.invites.find(deleted->code); found != s.invites.end()) {
            deleted->old = cache_detail::parse<Invite>(found->second.json);
        }
        s.drop_invite(deleted->code);
    }
}

}  // namespace

bool MemoryCache::wants(std::string_view dispatch_name) const noexcept {
    const auto& map = dispatch_components();
    const auto found = map.find(dispatch_name);
    if (found == map.end()) return false;
    return (impl_->settings.components & found->second) != CacheComponents::none;
}

bool MemoryCache::update_from_text(std::string_view dispatch_name, std::string_view data) {
    if (dispatch_name != "MESSAGE_CREATE") return false;
    Impl& s = *impl_;
    if (!s.on(C::messages) && !s.on(C::dm_channel_ids)) return true;  // nothing to keep
    const cache_detail::MessageHead head = cache_detail::read_message_head(data);
    s.put_message_text(head.id, head.author, head.guild_id, data);
    remember_dm_channel(s, head.guild_id, head.author.id, head.channel_id);
    return true;
}

void MemoryCache::update(Event& event) {
    update_from_dispatch(event, {});
}

void MemoryCache::update_from_dispatch(Event& event, std::string_view data) {
    Impl& s = *impl_;
    // Messages first: they are most of a busy bot's traffic.
    if (auto* message = as<MessageEvent>(event)) {
        on_message(s, *message, data);
    } else if (auto* ready = as<ShardReadyEvent>(event)) {
        on_ready(s, *ready);
    } else if (auto* invite = as<InviteEvent>(event)) {
        on_invite(s, *invite);
    } else if (auto* own = as<OwnUserUpdateEvent>(event)) {
        own->old = s.me;
        if (s.on(C::me)) s.me = own->user;
        s.users.refresh(own->user);
    } else if (auto* available = as<GuildAvailableEvent>(event)) {
        s.put_guild(available->guild);
    } else if (auto* joined = as<GuildJoinEvent>(event)) {
        s.put_guild(joined->guild);
    } else if (auto* updated = as<GuildUpdateEvent>(event)) {
        updated->old = s.build_guild(updated->guild_id);
        s.update_guild(updated->guild);
    } else if (auto* left = as<GuildLeaveEvent>(event)) {
        left->old = s.build_guild(left->guild_id);
        s.drop_guild(left->guild_id);
    } else if (auto* outage = as<GuildUnavailableEvent>(event)) {
        // The guild's state is kept for when it comes back.
        if (s.on(C::guilds)) s.unavailable.insert(outage->guild_id.value());
    } else if (auto* emojis = as<EmojisUpdateEvent>(event)) {
        if (!s.on(C::emojis)) return;
        if (const auto* state = s.find_guild(emojis->guild_id)) {
            emojis->old = s.build_entries<Emoji>(s.emojis, state->emojis);
        }
        s.replace_emojis(emojis->guild_id, emojis->emojis);
    } else if (auto* stickers = as<StickersUpdateEvent>(event)) {
        if (!s.on(C::stickers)) return;
        if (const auto* state = s.find_guild(stickers->guild_id)) {
            stickers->old = s.build_entries<Sticker>(s.stickers, state->stickers);
        }
        s.replace_stickers(stickers->guild_id, stickers->stickers);
    } else if (auto* thread = as<ThreadEvent>(event)) {
        on_thread(s, *thread);
    } else if (auto* channel = as<ChannelEvent>(event)) {
        on_channel(s, *channel);
    } else if (auto* member = as<MemberEvent>(event)) {
        on_member(s, *member);
    } else if (auto* chunk = as<MemberChunkEvent>(event)) {
        for (const Member& m : chunk->members) s.put_member(chunk->guild_id, m);
        for (const Presence& p : chunk->presences) s.put_presence(chunk->guild_id, p);
    } else if (auto* role = as<RoleEvent>(event)) {
        on_role(s, *role);
    } else if (auto* presence = as<PresenceUpdateEvent>(event)) {
        if (!s.on(C::presences)) return;
        const Snowflake user = presence->presence.user.id;
        cache_detail::GuildState* state = s.find_guild(presence->guild_id);
        if (state != nullptr) {
            if (auto found = state->presences.find(user.value()); found != state->presences.end()) {
                presence->old = s.build_presence(presence->guild_id, found->second);
            }
        }
        // An offline user has no presence worth keeping.
        if (presence->presence.status == "offline") {
            if (state != nullptr) state->presences.erase(user.value());
        } else {
            s.put_presence(presence->guild_id, presence->presence);
        }
    } else if (auto* voice = as<VoiceStateUpdateEvent>(event)) {
        const Snowflake user = voice->state.user_id;
        cache_detail::GuildState* state = s.find_guild(voice->guild_id);
        if (state != nullptr && s.on(C::voice_states)) {
            if (auto found = state->voice_states.find(user.value());
                found != state->voice_states.end()) {
                voice->old = s.build_voice_state(voice->guild_id, found->second);
            }
        }
        if (voice->state.member) s.put_member(voice->guild_id, *voice->state.member);
        // Leaving voice (no channel) ends the voice state.
        if (!voice->state.channel_id) {
            if (state != nullptr) state->voice_states.erase(user.value());
        } else {
            s.put_voice_state(voice->guild_id, voice->state);
        }
    }
}

}  // namespace hikari
