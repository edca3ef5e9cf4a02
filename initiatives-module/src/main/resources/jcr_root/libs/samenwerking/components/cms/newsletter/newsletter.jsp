<%@include file="/libs/sling-cms/global.jsp"%><%--
  The newsletter editors' console page: how many subscribers have confirmed and how many signups wait for their
  confirmation, and the download of the confirmed ones as CSV. Everyone else is told they may not see it.
  Model: nl.samenwerkingskaart.initiatives.web.models.NewsletterConsole.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.NewsletterConsole" var="model" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<c:set var="t" value="${model.text}" />
<div class="swk-console swk-newsletter-console" data-swk-newsletter-console>
    <h1 class="title">${sling:encode(t.title,'HTML')}</h1>
    <c:choose>
        <c:when test="${model.allowed}">
            <p>${sling:encode(t.intro,'HTML')}</p>
            <dl class="swk-newsletter-console__counts">
                <dt>${sling:encode(t.confirmed,'HTML')}</dt><dd data-swk-newsletter-confirmed>${model.confirmed}</dd>
                <dt>${sling:encode(t.pending,'HTML')}</dt><dd data-swk-newsletter-pending>${model.pending}</dd>
            </dl>
            <p><a class="button is-primary" href="${sling:encode(model.downloadUrl,'HTML_ATTR')}" download data-swk-newsletter-download>${sling:encode(t.download,'HTML')}</a></p>
            <p class="help">${sling:encode(t.downloadHelp,'HTML')}</p>
        </c:when>
        <c:otherwise>
            <div class="notification is-warning" role="status">${sling:encode(t.forbidden,'HTML')}</div>
        </c:otherwise>
    </c:choose>
</div>
