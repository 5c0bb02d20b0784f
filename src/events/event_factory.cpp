#include "events/builder_context.hpp"
#include "events/dispatch_fields.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/events/channel_events.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/guild_events.hpp>
#include <hikari/events/interaction_events.hpp>
#include <hikari/events/member_events.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/events/poll_events.hpp>
#include <hikari/events/presence_events.hpp>
#include <hikari/events/reaction_events.hpp>
#include <hikari/events/role_events.hpp>
#include <hikari/events/scheduled_event_events.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/stage_events.hpp>
#include <hikari/events/thread_events.hpp>
#include <hikari/events/typing_events.hpp>
#include <hikari/events/user_events.hpp>
#include <hikari/events/voice_events.hpp>
#include <hikari/model/channel.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/guild_scheduled_event.hpp>
#include <hikari/model/interaction.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/presence.hpp>
#include <hikari/model/role.hpp>
#include <hikari/model/stage_instance.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/model/voice.hpp>

#include <cstring>
#include <unordered_map>

namespace hikari {

using events_detail::DispatchFields;
using events_detail::fail;

namespace {

using events_detail::BuilderMap;
using events_detail::Context;
using events_detail::EventPtr;

/// A new session on `shard`: forgets what that shard announced before, keeps other shards'.
void replace_shard_guilds(std::unordered_map<Snowflake, unsigned>& guilds, unsigned shard,
                          const std::vector<Snowflake>& announced) {
    std::erase_if(guilds, [shard](const auto& entry) { return entry.second == shard; });
    for (const Snowflake id : announced) guilds[id] = shard;
}

template <class E>
std::shared_ptr<E> make() {
    return std::make_shared<E>();
}

EventPtr build_ready(Context& c) {
    auto event = make<ShardReadyEvent>();
    event->shard_id = c.shard_id;
    event->gateway_version = static_cast<int>(c.d.integer("v"));
    event->my_user = c.d.model<User>("user");
    event->unavailable_guilds = c.d.models<UnavailableGuild>("guilds");
    event->session_id = c.d.string("session_id");
    event->resume_gateway_url = c.d.opt_string("resume_gateway_url").value_or("");
    if (auto shard = c.d.find("shard")) {
        std::vector<std::int64_t> pair;
        simdjson::ondemand::array array;
        if (shard->get_array().get(array)) fail("shard", "expected [shard_id, shard_count]");
        for (auto element : array) {
            std::int64_t number = 0;
            if (element.get_int64().get(number)) fail("shard", "expected integers");
            pair.push_back(number);
        }
        if (pair.size() != 2 || pair[1] <= 0 || pair[0] < 0 || pair[0] >= pair[1]) {
            fail("shard", "expected [shard_id, shard_count]");
        }
        event->shard_count = static_cast<unsigned>(pair[1]);
    }
    if (auto application = c.d.find("application")) {
        simdjson::ondemand::object object;
        if (application->get_object().get(object)) fail("application", "expected an object");
        std::string_view id;
        if (object["id"].get_string().get(id)) fail("application.id", "expected a snowflake");
        event->application_id = Snowflake::try_parse(id);
        if (!event->application_id) fail("application.id", "expected a snowflake");
        std::uint64_t flags = 0;
        if (object["flags"].get_uint64().get(flags) == simdjson::SUCCESS) {
            event->application_flags = flags;
        }
    }
    // A new session: every guild it lists arrives later as GUILD_CREATE.
    std::vector<Snowflake> announced;
    announced.reserve(event->unavailable_guilds.size());
    for (const auto& guild : event->unavailable_guilds) announced.push_back(guild.id);
    replace_shard_guilds(c.unavailable_guilds, c.shard_id, announced);
    return event;
}

EventPtr build_resumed(Context& c) {
    auto event = make<ShardResumedEvent>();
    event->shard_id = c.shard_id;
    return event;
}

EventPtr build_guild_create(Context& c) {
    // Read where it will live; most GUILD_CREATEs are guilds that READY announced.
    auto available = make<GuildAvailableEvent>();
    c.d.whole_into(available->guild);
    available->guild_id = available->guild.id;
    if (c.unavailable_guilds.erase(available->guild_id) > 0) return available;
    auto joined = make<GuildJoinEvent>();
    joined->guild_id = available->guild_id;
    joined->guild = std::move(available->guild);
    return joined;
}

EventPtr build_guild_update(Context& c) {
    auto event = make<GuildUpdateEvent>();
    c.d.whole_into(event->guild);
    event->guild_id = event->guild.id;
    return event;
}

EventPtr build_guild_delete(Context& c) {
    const Snowflake id = c.d.snowflake("id");
    if (c.d.boolean("unavailable", false)) {
        c.unavailable_guilds[id] = c.shard_id;
        auto event = make<GuildUnavailableEvent>();
        event->guild_id = id;
        return event;
    }
    c.unavailable_guilds.erase(id);
    auto event = make<GuildLeaveEvent>();
    event->guild_id = id;
    return event;
}

template <class E>
EventPtr build_ban(Context& c) {
    auto event = make<E>();
    event->guild_id = c.d.snowflake("guild_id");
    event->user = c.d.template model<User>("user");
    return event;
}

template <class E>
EventPtr build_channel(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->channel);
    event->channel_id = event->channel.id;
    event->guild_id = event->channel.guild_id;
    return event;
}

EventPtr build_pins_update(Context& c) {
    auto event = make<PinsUpdateEvent>();
    event->guild_id = c.d.opt_snowflake("guild_id");
    event->channel_id = c.d.snowflake("channel_id");
    event->last_pin_timestamp = c.d.opt_timestamp("last_pin_timestamp");
    return event;
}

template <class E>
EventPtr build_member(Context& c) {
    auto event = make<E>();
    event->guild_id = c.d.snowflake("guild_id");
    c.d.whole_into(event->member);
    if (!event->member.user) fail("user", "missing");
    event->user = *event->member.user;
    return event;
}

EventPtr build_member_remove(Context& c) {
    auto event = make<MemberDeleteEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->user = c.d.model<User>("user");
    return event;
}

EventPtr build_members_chunk(Context& c) {
    auto event = make<MemberChunkEvent>();
    event->shard_id = c.shard_id;
    event->guild_id = c.d.snowflake("guild_id");
    event->members = c.d.models<Member>("members");
    const auto index = c.d.integer("chunk_index");
    const auto count = c.d.integer("chunk_count");
    if (count <= 0 || count > 1'000'000) fail("chunk_count", "out of range");
    if (index < 0 || index >= count) fail("chunk_index", "out of range");
    event->chunk_index = static_cast<unsigned>(index);
    event->chunk_count = static_cast<unsigned>(count);
    event->not_found = c.d.snowflakes("not_found");
    event->presences = c.d.models<Presence>("presences");
    event->nonce = c.d.opt_string("nonce");
    return event;
}

template <class E>
EventPtr build_role(Context& c) {
    auto event = make<E>();
    event->guild_id = c.d.snowflake("guild_id");
    event->role = c.d.template model<Role>("role");
    event->role_id = event->role.id;
    return event;
}

EventPtr build_role_delete(Context& c) {
    auto event = make<RoleDeleteEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->role_id = c.d.snowflake("role_id");
    return event;
}

template <class Guild, class DM>
EventPtr build_message(Context& c) {
    // Read where it will live (a Message is 1.7 KB): most messages are in guilds, and a DM's
    // event takes the message over.
    auto finish = [](auto event) -> EventPtr {
        event->channel_id = event->message.channel_id;
        event->guild_id = event->message.guild_id;
        return event;
    };
    auto in_guild = make<Guild>();
    c.d.whole_into(in_guild->message);
    if (in_guild->message.guild_id) return finish(std::move(in_guild));
    auto direct = make<DM>();
    direct->message = std::move(in_guild->message);
    return finish(std::move(direct));
}

EventPtr build_message_delete(Context& c) {
    const Snowflake id = c.d.snowflake("id");
    const Snowflake channel_id = c.d.snowflake("channel_id");
    const auto guild_id = c.d.opt_snowflake("guild_id");
    std::shared_ptr<MessageDeleteEvent> event;
    if (guild_id) {
        event = make<GuildMessageDeleteEvent>();
    } else {
        event = make<DMMessageDeleteEvent>();
    }
    event->message_id = id;
    event->channel_id = channel_id;
    event->guild_id = guild_id;
    return event;
}

EventPtr build_message_delete_bulk(Context& c) {
    auto event = make<MessageBulkDeleteEvent>();
    event->message_ids = c.d.snowflakes("ids");
    event->channel_id = c.d.snowflake("channel_id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    return event;
}

template <class E>
void fill_reaction(Context& c, E& event) {
    event.channel_id = c.d.snowflake("channel_id");
    event.message_id = c.d.snowflake("message_id");
    event.guild_id = c.d.opt_snowflake("guild_id");
}

EventPtr build_reaction_add(Context& c) {
    auto event = make<ReactionAddEvent>();
    fill_reaction(c, *event);
    event->user_id = c.d.snowflake("user_id");
    event->emoji = c.d.model<PartialEmoji>("emoji");
    event->member = c.d.opt_model<Member>("member");
    event->message_author_id = c.d.opt_snowflake("message_author_id");
    event->burst = c.d.boolean("burst", false);
    return event;
}

EventPtr build_reaction_remove(Context& c) {
    auto event = make<ReactionDeleteEvent>();
    fill_reaction(c, *event);
    event->user_id = c.d.snowflake("user_id");
    event->emoji = c.d.model<PartialEmoji>("emoji");
    event->burst = c.d.boolean("burst", false);
    return event;
}

EventPtr build_reaction_remove_all(Context& c) {
    auto event = make<ReactionDeleteAllEvent>();
    fill_reaction(c, *event);
    return event;
}

EventPtr build_reaction_remove_emoji(Context& c) {
    auto event = make<ReactionDeleteEmojiEvent>();
    fill_reaction(c, *event);
    event->emoji = c.d.model<PartialEmoji>("emoji");
    return event;
}

EventPtr build_typing(Context& c) {
    auto event = make<TypingEvent>();
    event->channel_id = c.d.snowflake("channel_id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    event->user_id = c.d.snowflake("user_id");
    const std::int64_t seconds = c.d.integer("timestamp");
    // Keep the multiplication in range: from_unix_ms rejects what a Timestamp cannot hold.
    if (seconds < 0 || seconds > 253'402'300'799) fail("timestamp", "out of range");
    event->timestamp = from_unix_ms(seconds * 1000);
    event->member = c.d.opt_model<Member>("member");
    return event;
}

EventPtr build_presence(Context& c) {
    auto event = make<PresenceUpdateEvent>();
    c.d.whole_into(event->presence);
    if (!event->presence.guild_id) fail("guild_id", "missing");
    event->guild_id = *event->presence.guild_id;
    return event;
}

EventPtr build_voice_state(Context& c) {
    auto event = make<VoiceStateUpdateEvent>();
    c.d.whole_into(event->state);
    if (!event->state.guild_id) fail("guild_id", "missing");
    event->guild_id = *event->state.guild_id;
    return event;
}

EventPtr build_voice_server(Context& c) {
    auto event = make<VoiceServerUpdateEvent>();
    event->token = c.d.string("token");
    event->guild_id = c.d.snowflake("guild_id");
    event->endpoint = c.d.opt_string("endpoint");
    return event;
}

EventPtr build_interaction(Context& c) {
    auto event = make<InteractionCreateEvent>();
    c.d.whole_into(event->interaction);
    return event;
}

EventPtr build_thread_create(Context& c) {
    auto event = make<ThreadCreateEvent>();
    // newly_created is read first: the model skips it, and each field is read once.
    event->newly_created = c.d.boolean("newly_created", false);
    c.d.whole_into(event->thread);
    event->channel_id = event->thread.id;
    event->guild_id = event->thread.guild_id;
    return event;
}

EventPtr build_thread_update(Context& c) {
    auto event = make<ThreadUpdateEvent>();
    c.d.whole_into(event->thread);
    event->channel_id = event->thread.id;
    event->guild_id = event->thread.guild_id;
    return event;
}

EventPtr build_thread_delete(Context& c) {
    auto event = make<ThreadDeleteEvent>();
    event->channel_id = c.d.snowflake("id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    event->parent_id = c.d.opt_snowflake("parent_id");
    return event;
}

EventPtr build_emojis_update(Context& c) {
    auto event = make<EmojisUpdateEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->emojis = c.d.models<Emoji>("emojis");
    return event;
}

EventPtr build_stickers_update(Context& c) {
    auto event = make<StickersUpdateEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->stickers = c.d.models<Sticker>("stickers");
    return event;
}

EventPtr build_integrations_update(Context& c) {
    auto event = make<IntegrationsUpdateEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    return event;
}

EventPtr build_webhooks_update(Context& c) {
    auto event = make<WebhookUpdateEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->channel_id = c.d.snowflake("channel_id");
    return event;
}

template <class E>
EventPtr build_scheduled_event(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->event);
    event->event_id = event->event.id;
    event->guild_id = event->event.guild_id;
    return event;
}

template <class E>
EventPtr build_scheduled_event_user(Context& c) {
    auto event = make<E>();
    event->event_id = c.d.snowflake("guild_scheduled_event_id");
    event->user_id = c.d.snowflake("user_id");
    event->guild_id = c.d.snowflake("guild_id");
    return event;
}

template <class E>
EventPtr build_stage_instance(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->stage_instance);
    event->guild_id = event->stage_instance.guild_id;
    return event;
}

template <class E>
EventPtr build_poll_vote(Context& c) {
    auto event = make<E>();
    event->user_id = c.d.snowflake("user_id");
    event->channel_id = c.d.snowflake("channel_id");
    event->message_id = c.d.snowflake("message_id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    const auto answer = c.d.integer("answer_id");
    if (answer < 0 || answer > 1000) fail("answer_id", "out of range");
    event->answer_id = static_cast<std::int32_t>(answer);
    return event;
}

EventPtr build_user_update(Context& c) {
    auto event = make<OwnUserUpdateEvent>();
    c.d.whole_into(event->user);
    return event;
}

BuilderMap make_builders() {
    BuilderMap map{
        {"READY", build_ready},
        {"RESUMED", build_resumed},
        {"GUILD_CREATE", build_guild_create},
        {"GUILD_UPDATE", build_guild_update},
        {"GUILD_DELETE", build_guild_delete},
        {"GUILD_BAN_ADD", build_ban<BanCreateEvent>},
        {"GUILD_BAN_REMOVE", build_ban<BanDeleteEvent>},
        {"CHANNEL_CREATE", build_channel<GuildChannelCreateEvent>},
        {"CHANNEL_UPDATE", build_channel<GuildChannelUpdateEvent>},
        {"CHANNEL_DELETE", build_channel<GuildChannelDeleteEvent>},
        {"CHANNEL_PINS_UPDATE", build_pins_update},
        {"GUILD_MEMBER_ADD", build_member<MemberCreateEvent>},
        {"GUILD_MEMBER_UPDATE", build_member<MemberUpdateEvent>},
        {"GUILD_MEMBER_REMOVE", build_member_remove},
        {"GUILD_MEMBERS_CHUNK", build_members_chunk},
        {"GUILD_ROLE_CREATE", build_role<RoleCreateEvent>},
        {"GUILD_ROLE_UPDATE", build_role<RoleUpdateEvent>},
        {"GUILD_ROLE_DELETE", build_role_delete},
        {"MESSAGE_CREATE", build_message<GuildMessageCreateEvent, DMMessageCreateEvent>},
        {"MESSAGE_UPDATE", build_message<GuildMessageUpdateEvent, DMMessageUpdateEvent>},
        {"MESSAGE_DELETE", build_message_delete},
        {"MESSAGE_DELETE_BULK", build_message_delete_bulk},
        {"MESSAGE_REACTION_ADD", build_reaction_add},
        {"MESSAGE_REACTION_REMOVE", build_reaction_remove},
        {"MESSAGE_REACTION_REMOVE_ALL", build_reaction_remove_all},
        {"MESSAGE_REACTION_REMOVE_EMOJI", build_reaction_remove_emoji},
        {"TYPING_START", build_typing},
        {"PRESENCE_UPDATE", build_presence},
        {"VOICE_STATE_UPDATE", build_voice_state},
        {"VOICE_SERVER_UPDATE", build_voice_server},
        {"INTERACTION_CREATE", build_interaction},
        {"THREAD_CREATE", build_thread_create},
        {"THREAD_UPDATE", build_thread_update},
        {"THREAD_DELETE", build_thread_delete},
        {"GUILD_EMOJIS_UPDATE", build_emojis_update},
        {"GUILD_STICKERS_UPDATE", build_stickers_update},
        {"GUILD_INTEGRATIONS_UPDATE", build_integrations_update},
        {"WEBHOOKS_UPDATE", build_webhooks_update},
        {"GUILD_SCHEDULED_EVENT_CREATE", build_scheduled_event<ScheduledEventCreateEvent>},
        {"GUILD_SCHEDULED_EVENT_UPDATE", build_scheduled_event<ScheduledEventUpdateEvent>},
        {"GUILD_SCHEDULED_EVENT_DELETE", build_scheduled_event<ScheduledEventDeleteEvent>},
        {"GUILD_SCHEDULED_EVENT_USER_ADD", build_scheduled_event_user<ScheduledEventUserAddEvent>},
        {"GUILD_SCHEDULED_EVENT_USER_REMOVE",
         build_scheduled_event_user<ScheduledEventUserRemoveEvent>},
        {"STAGE_INSTANCE_CREATE", build_stage_instance<StageInstanceCreateEvent>},
        {"STAGE_INSTANCE_UPDATE", build_stage_instance<StageInstanceUpdateEvent>},
        {"STAGE_INSTANCE_DELETE", build_stage_instance<StageInstanceDeleteEvent>},
        {"MESSAGE_POLL_VOTE_ADD", build_poll_vote<PollVoteCreateEvent>},
        {"MESSAGE_POLL_VOTE_REMOVE", build_poll_vote<PollVoteDeleteEvent>},
        {"USER_UPDATE", build_user_update},
    };
    events_detail::add_feature_builders(map);
    return map;
}

const BuilderMap& builders() {
    static const BuilderMap map = make_builders();
    return map;
}

/// Finds `d` in the payload and returns its text; RESUMED-like payloads may have d null.
std::optional<std::string_view> find_d(std::string_view payload, std::size_t capacity) {
    thread_local simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    if (auto error = parser.iterate(payload.data(), payload.size(), capacity).get(document)) {
        throw JsonError("", simdjson::error_message(error));
    }
    simdjson::ondemand::object root;
    if (document.get_object().get(root)) throw JsonError("", "expected an object");
    simdjson::ondemand::value d;
    const auto error = root.find_field_unordered("d").get(d);
    if (error == simdjson::NO_SUCH_FIELD) return std::nullopt;
    if (error) throw JsonError("d", simdjson::error_message(error));
    simdjson::ondemand::json_type type;
    if (d.type().get(type)) throw JsonError("d", "malformed JSON");
    if (type == simdjson::ondemand::json_type::null) return std::nullopt;
    if (type != simdjson::ondemand::json_type::object) throw JsonError("d", "expected an object");
    simdjson::ondemand::object object;
    std::string_view raw;
    if (d.get_object().get(object) || object.raw_json().get(raw)) {
        throw JsonError("d", "malformed JSON");
    }
    return raw;
}

// One of each per thread, shared by every read_d instantiation.
std::string& copy_buffer() {
    thread_local std::string buffer;
    return buffer;
}
simdjson::ondemand::parser& d_parser() {
    thread_local simdjson::ondemand::parser parser;
    return parser;
}

/// Calls use(DispatchFields*) with the `d` object of `payload`, or with null when `d` is
/// absent or null. Copies the payload first unless `padded`. `data`, when not empty, is the
/// `d` object's text within the padded payload, already found by the caller.
template <class F>
auto read_d(std::string_view payload, bool padded, std::string_view data, F&& use) {
    if (padded && !data.empty()) {
        const std::size_t capacity = payload.size() + dispatch_padding;
        const auto d_capacity = static_cast<std::size_t>(payload.data() + capacity - data.data());
        DispatchFields fields(d_parser(), data, d_capacity);
        return use(&fields);
    }
    // simdjson reads up to dispatch_padding bytes past the end of its input.
    if (!padded) {
        std::string& copy = copy_buffer();
        copy.assign(payload);
        copy.resize(payload.size() + dispatch_padding, '\0');
        payload = std::string_view(copy.data(), payload.size());
    }
    const std::size_t capacity = payload.size() + dispatch_padding;
    const auto d_text = find_d(payload, capacity);
    if (!d_text) return use(static_cast<DispatchFields*>(nullptr));

    // `d` lies inside the padded payload, so the bytes after it stay readable.
    const auto d_capacity = static_cast<std::size_t>(payload.data() + capacity - d_text->data());
    DispatchFields fields(d_parser(), *d_text, d_capacity);
    return use(&fields);
}

}  // namespace

std::shared_ptr<Event> EventFactory::build(std::string_view name, std::string_view payload,
                                           unsigned shard_id, bool padded, std::string_view data) {
    const auto& map = builders();
    const auto builder = map.find(name);
    if (builder == map.end()) {
        auto event = std::make_shared<RawDispatchEvent>();
        event->shard_id = shard_id;
        event->name = std::string(name);
        event->payload = std::string(payload);
        event->app = app_;
        return event;
    }

    auto event =
        read_d(payload, padded, data, [&](DispatchFields* fields) -> std::shared_ptr<Event> {
            // RESUMED needs nothing from `d`; everything else needs an object.
            if (fields == nullptr) {
                if (name == "RESUMED") return build_resumed_event(shard_id);
                throw JsonError("d", "missing");
            }
            Context context{*fields, shard_id, unavailable_guilds_};
            return builder->second(context);
        });
    if (event) event->app = app_;
    return event;
}

void EventFactory::observe(std::string_view name, std::string_view payload, bool padded,
                           unsigned shard_id, std::string_view data) {
    const bool is_ready = name == "READY";
    const bool is_create = name == "GUILD_CREATE";
    const bool is_delete = name == "GUILD_DELETE";
    if (!is_ready && !is_create && !is_delete) return;

    read_d(payload, padded, data, [&](DispatchFields* fields) {
        if (fields == nullptr) throw JsonError("d", "missing");
        observe_fields(*fields, shard_id, is_ready, is_create);
    });
}

void EventFactory::observe_fields(events_detail::DispatchFields& d, unsigned shard_id,
                                  bool is_ready, bool is_create) {
    if (is_ready) {
        std::vector<Snowflake> awaited;
        auto guilds = d.find("guilds");
        simdjson::ondemand::array array;
        if (!guilds || guilds->get_array().get(array)) fail("guilds", "expected an array");
        std::size_t index = 0;
        for (auto element : array) {
            const std::string path = "guilds[" + std::to_string(index++) + "]";
            simdjson::ondemand::object guild;
            std::string_view id;
            if (element.get_object().get(guild) || guild["id"].get_string().get(id)) {
                fail(path, "expected an object with an id");
            }
            const auto parsed = Snowflake::try_parse(id);
            if (!parsed) fail(path + ".id", "expected a snowflake");
            awaited.push_back(*parsed);
        }
        replace_shard_guilds(unavailable_guilds_, shard_id, awaited);
    } else if (is_create) {
        unavailable_guilds_.erase(d.snowflake("id"));
    } else {
        const Snowflake id = d.snowflake("id");
        if (d.boolean("unavailable", false)) {
            unavailable_guilds_[id] = shard_id;
        } else {
            unavailable_guilds_.erase(id);
        }
    }
}

std::shared_ptr<Event> EventFactory::build_resumed_event(unsigned shard_id) {
    auto event = std::make_shared<ShardResumedEvent>();
    event->shard_id = shard_id;
    return event;
}

std::shared_ptr<Event> EventFactory::build_payload_event(std::string_view name,
                                                         std::uint64_t sequence,
                                                         std::string_view payload,
                                                         unsigned shard_id) {
    auto event = std::make_shared<ShardPayloadEvent>();
    event->shard_id = shard_id;
    event->name = std::string(name);
    event->sequence = sequence;
    event->payload = std::string(payload);
    return event;
}

std::shared_ptr<Event> EventFactory::try_build(std::string_view name, std::string_view payload,
                                               unsigned shard_id, bool padded,
                                               std::string_view data) noexcept {
    try {
        return build(name, payload, shard_id, padded, data);
    } catch (const std::exception& error) {
        try {
            log::get("hikari.event_factory")
                .error("could not build an event from {} (shard {}): {}", name, shard_id,
                       error.what());
        } catch (...) {
            // Logging itself failed (out of memory); nothing more to do.
        }
        return nullptr;
    }
}

}  // namespace hikari
