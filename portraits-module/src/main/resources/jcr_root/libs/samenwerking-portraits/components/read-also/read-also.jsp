<%-- "Read also": the published pages the current page names in its "related" property (the article and portrait
     dialogs' "Read also" field), in the editor's order; nothing at all when there are none. Model:
     PublicationPageModel. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkPublication" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PublicationPageModel" />
<c:set var="swkRelated" value="${swkPublication.related}" />
<c:if test="${not empty swkRelated}">
    <c:if test="${empty requestScope.swkPortraitAssets}">
        <c:set var="swkPortraitAssets" value="${true}" scope="request" />
        <link rel="stylesheet" href="${sling:encode(slingRequest.contextPath,'HTML_ATTR')}/static/samenwerking-portraits/portraits.css" />
    </c:if>
    <aside class="swk-portrait__related" aria-labelledby="swk-read-also">
        <h2 class="swk-portrait__heading" id="swk-read-also"><fmt:message key="Read also" /></h2>
        <ul class="swk-portrait__related-items" data-swk-read-also>
            <c:forEach var="page" items="${swkRelated}">
                <li class="swk-portrait__related-item">
                    <a href="${sling:encode(page.url,'HTML_ATTR')}"><sling:encode value="${page.label}" mode="HTML" /></a>
                    <c:if test="${not empty page.date}"><time class="swk-portrait__related-date" datetime="${sling:encode(page.dateIso,'HTML_ATTR')}"><sling:encode value="${page.date}" mode="HTML" /></time></c:if>
                </li>
            </c:forEach>
        </ul>
    </aside>
</c:if>
