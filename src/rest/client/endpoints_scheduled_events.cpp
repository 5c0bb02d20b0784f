// Guild scheduled events, the exceptions of recurring ones and the users interested in them.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

void write_time(JsonWriter& w, Timestamp t) {
    w.string(format_iso8601(t));
}

void write_location(JsonWriter& w, const std::string& location) {
    w.begin_object().key("location").string(location).end_object();
}

ScheduledEventUser parse_event_user(std::string_view json) {
    const JsonFields fields(json);
    ScheduledEventUser out;
    const auto event = fields.id("guild_scheduled_event_id");
    if (!event) throw ParseError("a scheduled event user lacks guild_scheduled_event_id");
    out.guild_scheduled_event_id = *event;
    out.guild_scheduled_event_exception_id = fields.id("guild_scheduled_event_exception_id");
    out.user = from_json<User>(fields.at("user"));
    if (fields.contains("member") && fields.at("member") != "null") {
        out.member = from_json<Member>(fields.at("member"));
    }
    return out;
}

/// One page of an event's (or, with `exception`, one occurrence's) interested users.
Task<std::vector<ScheduledEventUser>> users_page(std::shared_ptr<RESTClient::Impl> impl,
                                                 Snowflake guild, Snowflake event,
                                                 std::optional<Snowflake> exception,
                                                 bool with_member,
                                                 std::shared_ptr<std::optional<Snowflake>> after) {
    auto s = exception
                 ? spec(routes::get_scheduled_event_exception_users, {guild, event, *exception})
                 : spec(routes::get_scheduled_event_users, {guild, event});
    s.query.emplace_back("limit", "100");
    if (with_member) s.query.emplace_back("with_member", "true");
    if (*after) s.query.emplace_back("after", id(**after));
    auto response = co_await impl->request(std::move(s));
    auto page = parse_each<ScheduledEventUser>(response.body, parse_event_user);
    if (!page.empty()) *after = page.back().user.id;
    co_return page;
}

}  // namespace

Task<std::vector<GuildScheduledEvent>> RESTClient::fetch_scheduled_events(Snowflake guild,
                                                                          bool with_user_count) {
    auto s = spec(routes::get_scheduled_events, {guild});
    if (with_user_count) s.query.emplace_back("with_user_count", "true");
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<GuildScheduledEvent>(response.body);
}

Task<GuildScheduledEvent> RESTClient::fetch_scheduled_event(Snowflake guild, Snowflake event,
                                                            bool with_user_count) {
    auto s = spec(routes::get_scheduled_event, {guild, event});
    if (with_user_count) s.query.emplace_back("with_user_count", "true");
    return impl_->request_model<GuildScheduledEvent>(std::move(s));
}

Task<GuildScheduledEvent> RESTClient::create_scheduled_event(Snowflake guild,
                                                             ScheduledEventCreateOptions o,
                                                             std::optional<std::string> reason) {
    if (o.name.empty() || o.name.size() > 100) {
        throw ValueError("an event name must be 1 to 100 characters");
    }
    if (o.entity_type == ScheduledEventEntityType::external &&
        (!o.location || !o.scheduled_end_time)) {
        throw ValueError("an external event needs a location and an end time");
    }
    if (o.entity_type != ScheduledEventEntityType::external && !o.channel_id) {
        throw ValueError("a stage or voice event needs a channel");
    }
    JsonWriter w;
    w.begin_object()
        .key("name")
        .string(o.name)
        .key("privacy_level")
        .number(static_cast<std::int64_t>(o.privacy_level))
        .key("scheduled_start_time")
        .string(format_iso8601(o.scheduled_start_time))
        .key("entity_type")
        .number(static_cast<std::int64_t>(o.entity_type));
    put(w, "scheduled_end_time", o.scheduled_end_time, write_time);
    put(w, "channel_id", o.channel_id, write_id);
    put(w, "entity_metadata", o.location, write_location);
    put(w, "description", o.description, write_string);
    put(w, "image", o.image, write_string);
    put(w, "recurrence_rule", o.recurrence_rule,
        [](JsonWriter& out, const RecurrenceRule& rule) { out.raw(to_json(rule)); });
    w.end_object();
    return impl_->request_model<GuildScheduledEvent>(with_body(
        spec(routes::post_scheduled_event, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<GuildScheduledEvent> RESTClient::edit_scheduled_event(Snowflake guild, Snowflake event,
                                                           ScheduledEventEditOptions o,
                                                           std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "entity_type", o.entity_type, write_enum<ScheduledEventEntityType>);
    put(w, "scheduled_start_time", o.scheduled_start_time, write_time);
    put(w, "scheduled_end_time", o.scheduled_end_time, write_time);
    put(w, "channel_id", o.channel_id, write_id);
    put(w, "entity_metadata", o.location, write_location);
    put(w, "description", o.description, write_string);
    put(w, "status", o.status, write_enum<ScheduledEventStatus>);
    put(w, "image", o.image, write_string);
    w.end_object();
    return impl_->request_model<GuildScheduledEvent>(
        with_body(spec(routes::patch_scheduled_event, {guild, event}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<void> RESTClient::delete_scheduled_event(Snowflake guild, Snowflake event) {
    auto request_spec = spec(routes::delete_scheduled_event, {guild, event});
    co_await impl_->request(std::move(request_spec));
}

Paginator<ScheduledEventUser> RESTClient::fetch_scheduled_event_users(Snowflake guild,
                                                                      Snowflake event,
                                                                      bool with_member) {
    auto after = std::make_shared<std::optional<Snowflake>>();
    return Paginator<ScheduledEventUser>([impl = impl_, guild, event, with_member, after] {
        return users_page(impl, guild, event, std::nullopt, with_member, after);
    });
}

Paginator<ScheduledEventUser> RESTClient::fetch_scheduled_event_exception_users(Snowflake guild,
                                                                                Snowflake event,
                                                                                Snowflake exception,
                                                                                bool with_member) {
    auto after = std::make_shared<std::optional<Snowflake>>();
    return Paginator<ScheduledEventUser>(
        [impl = impl_, guild, event, exception, with_member, after] {
            return users_page(impl, guild, event, exception, with_member, after);
        });
}

Task<ScheduledEventUserCounts> RESTClient::fetch_scheduled_event_user_counts(
    Snowflake guild, Snowflake event, std::vector<Snowflake> exception_ids) {
    if (exception_ids.size() > 10) throw ValueError("at most 10 exception ids per request");
    auto s = spec(routes::get_scheduled_event_user_counts, {guild, event});
    for (const Snowflake e : exception_ids) {
        s.query.emplace_back("guild_scheduled_event_exception_ids", id(e));
    }
    auto response = co_await impl_->request(std::move(s));
    co_return parse_scheduled_event_user_counts(response.body);
}

namespace {

void write_exception_fields(JsonWriter& w, const UndefinedNoneOr<Timestamp>& start,
                            const UndefinedNoneOr<Timestamp>& end,
                            const UndefinedNoneOr<bool>& canceled) {
    put(w, "scheduled_start_time", start, write_time);
    put(w, "scheduled_end_time", end, write_time);
    put(w, "is_canceled", canceled, write_bool);
}

}  // namespace

Task<GuildScheduledEventException> RESTClient::create_scheduled_event_exception(
    Snowflake guild, Snowflake event, ScheduledEventExceptionCreateOptions o) {
    JsonWriter w;
    w.begin_object().key("original_scheduled_start_time");
    write_time(w, o.original_scheduled_start_time);
    write_exception_fields(w, o.scheduled_start_time, o.scheduled_end_time, o.is_canceled);
    w.end_object();
    return impl_->request_model<GuildScheduledEventException>(with_body(
        spec(routes::post_scheduled_event_exception, {guild, event}), json_body(std::move(w))));
}

Task<GuildScheduledEventException> RESTClient::edit_scheduled_event_exception(
    Snowflake guild, Snowflake event, Snowflake exception, ScheduledEventExceptionEditOptions o) {
    JsonWriter w;
    w.begin_object();
    write_exception_fields(w, o.scheduled_start_time, o.scheduled_end_time, o.is_canceled);
    w.end_object();
    return impl_->request_model<GuildScheduledEventException>(
        with_body(spec(routes::patch_scheduled_event_exception, {guild, event, exception}),
                  json_body(std::move(w))));
}

Task<void> RESTClient::delete_scheduled_event_exception(Snowflake guild, Snowflake event,
                                                        Snowflake exception) {
    auto request_spec = spec(routes::delete_scheduled_event_exception, {guild, event, exception});
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
