<%-- The newsletter signup form. It posts straight to the newsletter endpoint and works without JavaScript: the
     endpoint redirects back with ?swk-newsletter=sent, or renders this page again with the typed values and the
     messages. The address is only subscribed once its owner confirms through the mailed link (double opt-in).
     Model: nl.samenwerkingskaart.initiatives.web.models.NewsletterSignup. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkNews" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.NewsletterSignup" />
<c:set var="swkStatic" value="${slingRequest.contextPath}/static/samenwerking" />
<c:if test="${empty requestScope.swkNewsletterAssetsIncluded}">
    <c:set var="swkNewsletterAssetsIncluded" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(swkStatic,'HTML_ATTR')}/newsletter/newsletter.css" />
    <script defer src="${sling:encode(swkStatic,'HTML_ATTR')}/newsletter/newsletter.js"></script>
</c:if>
<c:set var="id" value="${swkNews.id}" />
<c:set var="t" value="${swkNews.text}" />
<section class="swk-newsletter" id="${sling:encode(id,'HTML_ATTR')}" lang="${sling:encode(swkNews.language,'HTML_ATTR')}" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title" data-swk-newsletter>
    <h2 class="swk-newsletter__title" id="${sling:encode(id,'HTML_ATTR')}-title">${sling:encode(swkNews.heading,'HTML')}</h2>
    <p class="swk-newsletter__intro">${sling:encode(swkNews.intro,'HTML')}</p>
    <c:if test="${swkNews.sent}">
        <p class="swk-newsletter__sent" role="status" tabindex="-1" data-swk-newsletter-message data-swk-newsletter-sent>${sling:encode(t.sent,'HTML')}</p>
    </c:if>
    <c:if test="${swkNews.hasErrors}">
        <div class="swk-newsletter__summary" role="alert" tabindex="-1" data-swk-newsletter-message data-swk-newsletter-errors>
            <p class="swk-newsletter__summary-title">${sling:encode(t.errors,'HTML')}</p>
            <ul>
                <c:if test="${not empty swkNews.problem}"><li data-swk-newsletter-problem>${sling:encode(swkNews.problem,'HTML')}</li></c:if>
                <c:if test="${not empty swkNews.emailError}"><li><a href="#${sling:encode(id,'HTML_ATTR')}-email">${sling:encode(swkNews.emailError,'HTML')}</a></li></c:if>
                <c:if test="${not empty swkNews.nameError}"><li><a href="#${sling:encode(id,'HTML_ATTR')}-name">${sling:encode(swkNews.nameError,'HTML')}</a></li></c:if>
            </ul>
        </div>
    </c:if>
    <form class="swk-newsletter__form" method="post" action="${sling:encode(swkNews.actionUrl,'HTML_ATTR')}" novalidate accept-charset="UTF-8" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title">
        <input type="hidden" name="_charset_" value="UTF-8" />
        <input type="hidden" name="${sling:encode(swkNews.csrfParameter,'HTML_ATTR')}" value="${sling:encode(swkNews.csrfToken,'HTML_ATTR')}" />
        <input type="hidden" name=":swk-return" value="${sling:encode(swkNews.returnPath,'HTML_ATTR')}" />
        <input type="hidden" name=":swk-form" value="${sling:encode(swkNews.formPath,'HTML_ATTR')}" />
        <div class="swk-newsletter__field${empty swkNews.emailError ? '' : ' swk-newsletter__field--invalid'}">
            <label class="swk-newsletter__label" for="${sling:encode(id,'HTML_ATTR')}-email">${sling:encode(t.email,'HTML')} <span class="swk-newsletter__hint">(${sling:encode(t.required,'HTML')})</span></label>
            <c:if test="${not empty swkNews.emailError}"><p class="swk-newsletter__error" id="${sling:encode(id,'HTML_ATTR')}-email-error">${sling:encode(swkNews.emailError,'HTML')}</p></c:if>
            <input class="swk-newsletter__input" type="email" id="${sling:encode(id,'HTML_ATTR')}-email" name="email" value="${sling:encode(swkNews.email,'HTML_ATTR')}" maxlength="254" autocomplete="email" required<c:if test="${not empty swkNews.emailError}"> aria-invalid="true" aria-describedby="${sling:encode(id,'HTML_ATTR')}-email-error"</c:if> />
        </div>
        <div class="swk-newsletter__field${empty swkNews.nameError ? '' : ' swk-newsletter__field--invalid'}">
            <label class="swk-newsletter__label" for="${sling:encode(id,'HTML_ATTR')}-name">${sling:encode(t.name,'HTML')} <span class="swk-newsletter__hint">(${sling:encode(t.optional,'HTML')})</span></label>
            <c:if test="${not empty swkNews.nameError}"><p class="swk-newsletter__error" id="${sling:encode(id,'HTML_ATTR')}-name-error">${sling:encode(swkNews.nameError,'HTML')}</p></c:if>
            <input class="swk-newsletter__input" type="text" id="${sling:encode(id,'HTML_ATTR')}-name" name="name" value="${sling:encode(swkNews.name,'HTML_ATTR')}" maxlength="${swkNews.maxName}" autocomplete="name"<c:if test="${not empty swkNews.nameError}"> aria-invalid="true" aria-describedby="${sling:encode(id,'HTML_ATTR')}-name-error"</c:if> />
        </div>
        <div class="swk-newsletter__trap" aria-hidden="true">
            <label for="${sling:encode(id,'HTML_ATTR')}-homepage">${sling:encode(t.honeypot,'HTML')}</label>
            <input type="text" id="${sling:encode(id,'HTML_ATTR')}-homepage" name="homepage" value="" tabindex="-1" autocomplete="off" />
        </div>
        <button type="submit" class="swk-newsletter__button">${sling:encode(t.submit,'HTML')}</button>
        <c:if test="${not empty swkNews.privacyUrl}">
            <p class="swk-newsletter__privacy"><a href="${sling:encode(swkNews.privacyUrl,'HTML_ATTR')}">${sling:encode(t.privacy,'HTML')}</a></p>
        </c:if>
    </form>
</section>
