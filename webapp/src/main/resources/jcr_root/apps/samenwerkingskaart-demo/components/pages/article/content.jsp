<%-- An article: a byline (category, publication date, authors) from the page's properties, the editors' content,
     then "Lees ook" (the read-also component of the portraits bundle, fed by the page's "Read also" field). --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkArticle" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PublicationPageModel" />
<c:if test="${swkArticle.dated}">
    <p class="site__byline" data-swk-byline>
        <c:if test="${not empty swkArticle.category}"><span class="site__category"><sling:encode value="${swkArticle.category}" mode="HTML" /></span><span aria-hidden="true"> · </span></c:if>
        <time datetime="${sling:encode(swkArticle.dateIso,'HTML_ATTR')}"><sling:encode value="${swkArticle.date}" mode="HTML" /></time>
        <c:if test="${not empty swkArticle.authors}"><span aria-hidden="true"> · </span><fmt:message key="By" /> <c:forEach var="author" items="${swkArticle.authors}" varStatus="s"><sling:encode value="${author}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></c:if>
    </p>
</c:if>
<sling:include path="container" resourceType="sling-cms/components/general/container" />
<sling:include path="readalso" resourceType="samenwerking-portraits/components/read-also" />
