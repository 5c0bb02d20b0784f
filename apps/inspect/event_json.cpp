#include "event_json.hpp"

#include <hikari/events/events.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/json_writer.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace hikari::inspect {

namespace {

class ModelsWriter {
  public:
    explicit ModelsWriter(JsonWriter& w) : w_(w) {}

    template <class T>
    void model(std::string_view key, const T& value) {
        w_.key(key);
        w_.raw(to_json(value));
    }
    template <class T>
    void model(std::string_view key, const std::optional<T>& value) {
        if (value) model(key, *value);
    }
    template <class T>
    void models(std::string_view key, const std::vector<T>& values) {
        w_.key(key);
        w_.begin_array();
        for (const T& value : values) w_.raw(to_json(value));
        w_.end_array();
    }

  private:
    JsonWriter& w_;
};

// Tries E: when `event` is one, writes its models with `write` and reports true.
template <class E, class F>
bool visit(const Event& event, ModelsWriter& out, F write) {
    const auto* typed = dynamic_cast<const E*>(&event);
    if (typed == nullptr) return false;
    write(*typed, out);
    return true;
}

void write_models(const Event& e, ModelsWriter& w) {
    // Most derived classes first where one carrying models derives from another.
    (void)(visit<MessageCreateEvent>(e, w,
                                     [](auto& ev, auto& o) { o.model("message", ev.message); }) ||
           visit<MessageUpdateEvent>(e, w,
                                     [](auto& ev, auto& o) { o.model("message", ev.message); }) ||
           visit<GuildAvailableEvent>(e, w,
                                      [](auto& ev, auto& o) { o.model("guild", ev.guild); }) ||
           visit<GuildJoinEvent>(e, w, [](auto& ev, auto& o) { o.model("guild", ev.guild); }) ||
           visit<GuildUpdateEvent>(e, w, [](auto& ev, auto& o) { o.model("guild", ev.guild); }) ||
           visit<BanEvent>(e, w, [](auto& ev, auto& o) { o.model("user", ev.user); }) ||
           visit<EmojisUpdateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.models("emojis", ev.emojis); }) ||
           visit<StickersUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.models("stickers", ev.stickers); }) ||
           visit<GuildChannelCreateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("channel", ev.channel); }) ||
           visit<GuildChannelUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("channel", ev.channel); }) ||
           visit<GuildChannelDeleteEvent>(
               e, w, [](auto& ev, auto& o) { o.model("channel", ev.channel); }) ||
           visit<ThreadCreateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.model("thread", ev.thread); }) ||
           visit<ThreadUpdateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.model("thread", ev.thread); }) ||
           visit<ThreadListSyncEvent>(e, w,
                                      [](auto& ev, auto& o) {
                                          o.models("threads", ev.threads);
                                          o.models("members", ev.members);
                                      }) ||
           visit<ThreadMemberUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("member", ev.member); }) ||
           visit<ThreadMembersUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.models("added_members", ev.added_members); }) ||
           visit<MemberCreateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.model("member", ev.member); }) ||
           visit<MemberUpdateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.model("member", ev.member); }) ||
           visit<MemberEvent>(e, w, [](auto& ev, auto& o) { o.model("user", ev.user); }) ||
           visit<MemberChunkEvent>(e, w,
                                   [](auto& ev, auto& o) {
                                       o.models("members", ev.members);
                                       o.models("presences", ev.presences);
                                   }) ||
           visit<RoleCreateEvent>(e, w, [](auto& ev, auto& o) { o.model("role", ev.role); }) ||
           visit<RoleUpdateEvent>(e, w, [](auto& ev, auto& o) { o.model("role", ev.role); }) ||
           visit<ReactionAddEvent>(e, w,
                                   [](auto& ev, auto& o) {
                                       o.model("emoji", ev.emoji);
                                       o.model("member", ev.member);
                                   }) ||
           visit<ReactionDeleteEvent>(e, w,
                                      [](auto& ev, auto& o) { o.model("emoji", ev.emoji); }) ||
           visit<ReactionDeleteEmojiEvent>(e, w,
                                           [](auto& ev, auto& o) { o.model("emoji", ev.emoji); }) ||
           visit<PresenceUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("presence", ev.presence); }) ||
           visit<InteractionCreateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("interaction", ev.interaction); }) ||
           visit<InviteCreateEvent>(e, w,
                                    [](auto& ev, auto& o) { o.model("invite", ev.invite); }) ||
           visit<ScheduledEventCreateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("event", ev.event); }) ||
           visit<ScheduledEventUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("event", ev.event); }) ||
           visit<ScheduledEventDeleteEvent>(
               e, w, [](auto& ev, auto& o) { o.model("event", ev.event); }) ||
           visit<StageInstanceEvent>(
               e, w, [](auto& ev, auto& o) { o.model("stage_instance", ev.stage_instance); }) ||
           visit<AutoModRuleEvent>(e, w, [](auto& ev, auto& o) { o.model("rule", ev.rule); }) ||
           visit<AutoModActionExecutionEvent>(
               e, w, [](auto& ev, auto& o) { o.model("action", ev.action); }) ||
           visit<EntitlementEvent>(
               e, w, [](auto& ev, auto& o) { o.model("entitlement", ev.entitlement); }) ||
           visit<SubscriptionEvent>(
               e, w, [](auto& ev, auto& o) { o.model("subscription", ev.subscription); }) ||
           visit<AuditLogEntryCreateEvent>(e, w,
                                           [](auto& ev, auto& o) { o.model("entry", ev.entry); }) ||
           visit<SoundboardSoundCreateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("sound", ev.sound); }) ||
           visit<SoundboardSoundUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("sound", ev.sound); }) ||
           visit<SoundboardSoundsUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.models("sounds", ev.sounds); }) ||
           visit<SoundboardSoundsEvent>(e, w,
                                        [](auto& ev, auto& o) { o.models("sounds", ev.sounds); }) ||
           visit<IntegrationCreateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("integration", ev.integration); }) ||
           visit<IntegrationUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("integration", ev.integration); }) ||
           visit<ApplicationCommandPermissionsUpdateEvent>(
               e, w, [](auto& ev, auto& o) { o.model("permissions", ev.permissions); }) ||
           visit<ShardReadyEvent>(e, w, [](auto& ev, auto& o) {
               o.model("user", ev.my_user);
               o.models("guilds", ev.unavailable_guilds);
           }));
}

}  // namespace

std::string event_to_json(const Event& event) {
    JsonWriter w(1024);
    w.begin_object();
    w.key("event");
    w.string(event.event_type().name);
    w.key("models");
    w.begin_object();
    ModelsWriter models(w);
    write_models(event, models);
    w.end_object();
    w.end_object();
    return std::move(w).str();
}

}  // namespace hikari::inspect
