// SKUs, entitlements and SKU subscriptions against the sandbox.

#include "sandbox_fixture.hpp"

#include <algorithm>

namespace hikari::testing {
namespace {

class MonetizationTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    Sku sku_of(SkuType type) {
        const auto skus = run(rest_->fetch_skus(application_));
        const auto it =
            std::find_if(skus.begin(), skus.end(), [&](const Sku& s) { return s.type == type; });
        if (it == skus.end()) throw std::runtime_error("no such SKU");
        return *it;
    }
};

TEST_F(MonetizationTest, TestEntitlementsListFetchConsumeDelete) {
    const Sku coins = sku_of(SkuType::consumable);
    EXPECT_EQ(coins.application_id, application_);
    const Snowflake user = members_.back();
    const auto for_user = run(
        rest_->create_test_entitlement(application_, coins.id, user, EntitlementOwnerType::user));
    EXPECT_EQ(for_user.type, EntitlementType::test_mode_purchase);
    EXPECT_EQ(for_user.user_id, std::optional<Snowflake>(user));
    const auto for_guild = run(rest_->create_test_entitlement(application_, coins.id, guild_,
                                                              EntitlementOwnerType::guild));
    EXPECT_EQ(for_guild.guild_id, std::optional<Snowflake>(guild_));

    const auto all = run(rest_->fetch_entitlements(application_).collect());
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].id, for_guild.id);  // newest first
    const auto mine = run(rest_->fetch_entitlements(application_, {.user = user}).collect());
    ASSERT_EQ(mine.size(), 1U);
    EXPECT_EQ(mine[0].id, for_user.id);
    EXPECT_EQ(run(rest_->fetch_entitlements(application_, {.guild = guild_}).collect()).size(), 1U);
    EXPECT_TRUE(run(rest_->fetch_entitlements(application_, {.sku_ids = {Snowflake(5)}}).collect())
                    .empty());
    EXPECT_EQ(run(rest_->fetch_entitlements(application_, {.after = for_user.id}).collect()).size(),
              1U);

    run(rest_->consume_entitlement(application_, for_user.id));
    EXPECT_EQ(run(rest_->fetch_entitlement(application_, for_user.id)).consumed,
              std::optional<bool>(true));
    run(rest_->delete_test_entitlement(application_, for_user.id));
    EXPECT_THROW(run(rest_->fetch_entitlement(application_, for_user.id)), NotFoundError);
    EXPECT_THROW(run(rest_->create_test_entitlement(application_, Snowflake(1), user,
                                                    EntitlementOwnerType::user)),
                 BadRequestError);
}

TEST_F(MonetizationTest, SubscriptionsOfASubscriptionSku) {
    const Sku premium = sku_of(SkuType::subscription);
    EXPECT_TRUE((premium.flags & SkuFlags::user_subscription) == SkuFlags::user_subscription);
    const Snowflake user = members_.back();
    EXPECT_TRUE(run(rest_->fetch_sku_subscriptions(premium.id, user)).empty());
    const auto entitlement = run(
        rest_->create_test_entitlement(application_, premium.id, user, EntitlementOwnerType::user));
    const auto subscriptions = run(rest_->fetch_sku_subscriptions(premium.id, user));
    ASSERT_EQ(subscriptions.size(), 1U);
    EXPECT_EQ(subscriptions[0].user_id, user);
    EXPECT_EQ(subscriptions[0].entitlement_ids, std::vector<Snowflake>{entitlement.id});
    EXPECT_EQ(subscriptions[0].status, SubscriptionStatus::active);
    EXPECT_EQ(run(rest_->fetch_sku_subscription(premium.id, subscriptions[0].id)),
              subscriptions[0]);
    EXPECT_THROW(run(rest_->fetch_sku_subscription(premium.id, Snowflake(3))), NotFoundError);
    // A subscription SKU's entitlement is not consumable.
    EXPECT_THROW(run(rest_->consume_entitlement(application_, entitlement.id)), BadRequestError);
}

}  // namespace
}  // namespace hikari::testing
